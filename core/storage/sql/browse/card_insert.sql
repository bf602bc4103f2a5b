-- A card the user wrote: user_edited, so the built-in deck merge never touches it.
INSERT INTO cards (key, deck_id, front, back, tags, source, user_edited, created_at, modified_at)
VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)
