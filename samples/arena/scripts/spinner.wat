;; spinner.wat: turns its entity about Y at 90 degrees per second. Built with `npm run build:wat` (wabt's wat2wasm).
(module
  (import "luminara" "transform.rotate_y" (func $rotate_y (param i64 f64)))
  (import "luminara" "log.info" (func $log (param i32 i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "spinner started")
  (func (export "on_start") (param $e i64)
    (call $log (i32.const 16) (i32.const 15)))
  (func (export "on_update") (param $e i64) (param $dt f64)
    (call $rotate_y (local.get $e) (f64.mul (f64.const 90) (local.get $dt)))))
