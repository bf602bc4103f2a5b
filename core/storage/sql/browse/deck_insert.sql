-- A deck the user named in the editor and that did not exist: created on demand, owned by the user.
INSERT INTO decks (key, name, origin, created_at) VALUES (?, ?, 'user', ?)
