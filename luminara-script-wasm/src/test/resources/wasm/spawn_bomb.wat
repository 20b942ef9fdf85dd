;; expect: limit:ENTITIES_SPAWNED
(module (import "luminara" "world.spawn" (func $s (param i32 i32 f32 f32 f32 i32 i32) (result i64))) (func (export "on_start") (param i64) (loop $l (drop (call $s (i32.const 0) (i32.const -1) (f32.const 0) (f32.const 0) (f32.const 0) (i32.const 0) (i32.const -1))) (br $l))))
