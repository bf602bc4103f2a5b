-- A built-in deck's title, topic or description changed in its file.
UPDATE decks SET name = ?, topic = ?, description = ? WHERE id = ?
