;; expect: error
(module (memory 1) (func (export "on_start") (param i64) (drop (i32.load (i32.const 70000)))))
