;; expect: error
(module (memory 1) (func (export "on_start") (param i64) (loop $l (if (i32.eq (memory.grow (i32.const 16)) (i32.const -1)) (then unreachable)) (br $l))))
