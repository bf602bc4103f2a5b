INSERT INTO boards (name, document, sort_order, created_at, modified_at) VALUES (?, ?, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM boards), ?, ?)
