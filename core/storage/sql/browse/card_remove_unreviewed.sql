-- Undo of an added card, while it has no review history (its card_state row goes with it).
DELETE FROM cards WHERE id = ? AND NOT EXISTS (SELECT 1 FROM review_log WHERE card_id = ?)
