-- Undo of a deck created on demand: removed only while it is still a user deck and empty.
DELETE FROM decks WHERE id = ? AND origin = 'user' AND NOT EXISTS (SELECT 1 FROM cards WHERE deck_id = ?)
