-- The cards a drill can ask: live and not suspended, in the chosen decks (decks, a JSON array of deck ids;
-- every deck when :all is 1), with their follow-up links and how often each was answered.
SELECT c.key, c.follow_ups, coalesce(s.reps, 0)
FROM cards c
LEFT JOIN card_state s ON s.card_id = c.id
WHERE (:all = 1 OR c.deck_id IN (SELECT value FROM json_each(:decks))) AND c.retired = 0 AND c.deleted_at IS NULL
  AND coalesce(s.suspended, 0) = 0
ORDER BY c.deck_id, c.id
