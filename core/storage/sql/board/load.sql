SELECT name, document FROM boards WHERE id = ? AND deleted_at IS NULL
