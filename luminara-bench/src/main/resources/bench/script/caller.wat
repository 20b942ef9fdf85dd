;; caller.wat: on_update makes 1000 host calls (time.frame), for the per-call overhead benchmark.
;; Build: npx wat2wasm caller.wat -o caller.wasm
(module
  (import "luminara" "time.frame" (func $frame (result f64)))
  (func (export "on_update") (param $e i64) (param $dt f64)
    (local $n i32)
    (local.set $n (i32.const 1000))
    (loop $l
      (drop (call $frame))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $l (i32.gt_s (local.get $n) (i32.const 0))))))
