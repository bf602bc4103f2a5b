-- Read before a suspend, for undo: a card without a card_state row is not suspended. Same column as suspended_write.
SELECT coalesce(s.suspended, 0) FROM cards c LEFT JOIN card_state s ON s.card_id = c.id WHERE c.id = ?
