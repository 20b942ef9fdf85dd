;; expect: load
(module (import "env" "system" (func $sys (param i32) (result i32))) (func (export "on_start") (param i64)))
