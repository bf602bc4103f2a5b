-- Cards a review session would show at :now (new cards aside): the count "what to do today" names.
SELECT count(*)
FROM card_state s
JOIN cards c ON c.id = s.card_id
WHERE s.suspended = 0 AND s.state IN (1, 2, 3) AND s.due <= :now
  AND (s.buried_until IS NULL OR s.buried_until <= :now)
  AND c.retired = 0 AND c.deleted_at IS NULL
