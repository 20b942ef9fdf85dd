;; expect: error
(module (func $r (param i64) (call $r (local.get 0))) (func (export "on_start") (param i64) (call $r (local.get 0))))
