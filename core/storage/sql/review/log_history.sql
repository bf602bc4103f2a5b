-- The answers to one card, oldest first.
SELECT id, reviewed_at, rating, kind, state_before, state_after, stability, difficulty,
       interval_seconds, last_interval_seconds, elapsed_days, duration_ms
FROM review_log
WHERE card_id = :card
ORDER BY reviewed_at, id
