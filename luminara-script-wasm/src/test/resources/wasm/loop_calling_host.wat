;; expect: limit:API_CALLS
(module (import "luminara" "time.frame" (func $f (result f64))) (func (export "on_start") (param i64) (loop $l (drop (call $f)) (br $l))))
