-- A built-in deck seen for the first time.
INSERT INTO decks (key, name, topic, description, origin, created_at) VALUES (?, ?, ?, ?, 'builtin', ?)
