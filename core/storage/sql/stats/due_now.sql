-- Live, unsuspended, unburied cards in (re)learning or review that are due at :now: what a session would
-- show right away (new cards aside). card_state_queue (0003) covers the state and due.
SELECT count(*)
FROM card_state s
JOIN cards c ON c.id = s.card_id
WHERE s.suspended = 0 AND s.state IN (1, 2, 3) AND s.due <= :now
  AND (s.buried_until IS NULL OR s.buried_until <= :now)
  AND c.retired = 0 AND c.deleted_at IS NULL
