-- The schedule the workload simulator starts from: every live, unsuspended card that has been answered.
SELECT s.state, s.step, s.stability, s.difficulty, s.due, s.last_review
FROM card_state s
JOIN cards c ON c.id = s.card_id
WHERE s.suspended = 0 AND s.state IN (1, 2, 3) AND c.retired = 0 AND c.deleted_at IS NULL
