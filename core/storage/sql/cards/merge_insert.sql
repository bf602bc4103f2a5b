-- A built-in card seen for the first time.
INSERT INTO cards (key, deck_id, kind, front, back, tags, source, follow_ups, retired, created_at, modified_at, derive)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)
