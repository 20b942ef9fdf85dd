;; mover.wat: the benchmark's per-entity on_update: read the position, move it by dt along X.
;; Build: npx wat2wasm mover.wat -o mover.wasm (from samples/arena/scripts after npm install).
(module
  (import "luminara" "transform.get_position" (func $get (param i64 i32)))
  (import "luminara" "transform.set_position" (func $set (param i64 f32 f32 f32)))
  (memory (export "memory") 1)
  (func (export "on_update") (param $e i64) (param $dt f64)
    (call $get (local.get $e) (i32.const 64))
    (call $set (local.get $e)
      (f32.add (f32.load (i32.const 64)) (f32.demote_f64 (local.get $dt)))
      (f32.load (i32.const 68))
      (f32.load (i32.const 72)))))
