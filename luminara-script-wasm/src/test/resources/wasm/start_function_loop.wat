;; expect: load
(module (func $s (loop $l (br $l))) (start $s) (func (export "on_start") (param i64)))
