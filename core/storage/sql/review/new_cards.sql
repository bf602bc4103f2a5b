-- The next new cards of a deck, as many as the limit, in deck-file order: live cards without a card_state
-- row (never touched), or with one that is still New and neither suspended nor buried.
SELECT c.id
FROM cards c INDEXED BY cards_deck_order
LEFT JOIN card_state s ON s.card_id = c.id
WHERE c.deck_id = :deck AND c.retired = 0 AND c.deleted_at IS NULL
  AND (s.card_id IS NULL OR (s.state = 0 AND s.suspended = 0 AND (s.buried_until IS NULL OR s.buried_until <= :now)))
ORDER BY c.id
LIMIT :limit
