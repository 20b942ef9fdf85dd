;; plain.wat: counts frames in memory and has no on_save, so a reload resets it.
(module
  (memory (export "memory") 1)
  (func (export "on_update") (param $e i64) (param $dt f64)
    (i32.store (i32.const 0) (i32.add (i32.load (i32.const 0)) (i32.const 1))))
  (func (export "count") (result i32) (i32.load (i32.const 0))))
