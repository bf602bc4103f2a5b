-- Scheduled cards already due before :start (the start of today): the forecast adds them to today.
SELECT count(*)
FROM card_state s
JOIN cards c ON c.id = s.card_id
WHERE s.suspended = 0 AND s.state IN (1, 2, 3) AND s.due < :start
  AND c.retired = 0 AND c.deleted_at IS NULL
