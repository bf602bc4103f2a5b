-- Every live card with what the card statistics read of it, from the covering index cards_stats (0010); a
-- card without a card_state row is New.
SELECT c.deck_id, c.tags, coalesce(s.state, 0), coalesce(s.suspended, 0), s.stability, s.difficulty, s.last_review
FROM cards c
LEFT JOIN card_state s ON s.card_id = c.id
WHERE c.retired = 0 AND c.deleted_at IS NULL
