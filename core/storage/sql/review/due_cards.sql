-- Learning, relearning and review cards of the chosen decks (decks, a JSON array of deck ids) that fall due
-- before the study day ends, ordered by state, then due, then card: the order of the index, so that
-- nothing is sorted. The caller cuts the reviews of each deck at its daily limit. CROSS JOIN and INDEXED BY
-- pin the plan that keeps this within the time budget of the queue: one walk of the due index, and the
-- deck of each card from a covering index.
SELECT s.card_id, c.deck_id, s.state, s.due
FROM card_state s INDEXED BY card_state_queue
CROSS JOIN cards c INDEXED BY cards_id_deck ON c.id = s.card_id
WHERE s.suspended = 0 AND s.state IN (1, 2, 3) AND s.due < :day_end
  AND (s.buried_until IS NULL OR s.buried_until <= :now)
  AND c.retired = 0 AND c.deleted_at IS NULL
  AND +c.deck_id IN (SELECT value FROM json_each(:decks))
ORDER BY s.state, s.due, s.card_id
