;; expect: load
(module (import "luminara" "transform.rotate_y" (func $r (param i32))) (func (export "on_start") (param i64)))
