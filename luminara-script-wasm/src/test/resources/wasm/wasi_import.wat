;; expect: load
(module (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32))) (func (export "on_start") (param i64)))
