;; expect: error
(module (func (export "on_start") (param i64) (drop (i32.div_s (i32.const 1) (i32.const 0)))))
