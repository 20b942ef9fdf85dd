;; expect: load
(module (memory 4000) (func (export "on_start") (param i64)))
