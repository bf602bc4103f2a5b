-- Every live card of the chosen decks (decks, a JSON array of deck ids) that is neither suspended nor
-- buried, whatever its due, with what its retrievability needs (NULL for a card never answered).
SELECT c.id, s.stability, s.last_review
FROM cards c INDEXED BY cards_deck_order
LEFT JOIN card_state s ON s.card_id = c.id
WHERE c.deck_id IN (SELECT value FROM json_each(:decks)) AND c.retired = 0 AND c.deleted_at IS NULL
  AND coalesce(s.suspended, 0) = 0 AND (s.buried_until IS NULL OR s.buried_until <= :now)
ORDER BY c.id
