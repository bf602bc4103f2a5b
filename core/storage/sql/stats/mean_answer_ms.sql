-- The user's mean time per answer (answers with a recorded time only), for the workload's minutes.
SELECT avg(duration_ms) FROM review_log WHERE kind <= 3 AND rating > 0 AND duration_ms > 0
