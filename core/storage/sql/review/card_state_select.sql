-- The deck of a card, its creation time, whether it can be studied (neither retired nor deleted) and its
-- card_state row (all NULL when it has none).
SELECT c.deck_id, c.created_at, c.retired = 0 AND c.deleted_at IS NULL, s.card_id IS NOT NULL,
       s.state, s.step, s.stability, s.difficulty, s.due, s.last_review, s.reps, s.lapses, s.suspended, s.buried_until, s.flag
FROM cards c
LEFT JOIN card_state s ON s.card_id = c.id
WHERE c.id = :card
