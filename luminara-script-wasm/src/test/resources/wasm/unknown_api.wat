;; expect: load
(module (import "luminara" "os.execute" (func $x (param i32 i32))) (func (export "on_start") (param i64)))
