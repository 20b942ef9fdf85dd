;; expect: limit:INSTRUCTIONS|EXECUTION_TIME
(module (func (export "on_start") (param i64) (loop $l (br $l))))
