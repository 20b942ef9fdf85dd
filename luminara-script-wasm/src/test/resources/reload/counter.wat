;; counter.wat: counts frames in memory; on_save/on_restore move the count (one ASCII digit of JSON) across reloads.
(module
  (memory (export "memory") 1)
  (func (export "on_update") (param $e i64) (param $dt f64)
    (i32.store (i32.const 0) (i32.add (i32.load (i32.const 0)) (i32.const 1))))
  (func (export "count") (result i32) (i32.load (i32.const 0)))
  (func (export "on_save") (param $e i64) (result i64)
    (i32.store8 (i32.const 100) (i32.add (i32.const 48) (i32.load (i32.const 0))))
    (i64.or (i64.shl (i64.const 100) (i64.const 32)) (i64.const 1)))
  (func (export "on_restore") (param $e i64) (param $ptr i32) (param $len i32)
    (i32.store (i32.const 0) (i32.sub (i32.load8_u (local.get $ptr)) (i32.const 48))))
  (func (export "alloc") (param $n i32) (result i32) (i32.const 200)))
