-- A deck by name, for the deck field of the editor (ASCII case-insensitive, the oldest first).
SELECT id FROM decks WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1
