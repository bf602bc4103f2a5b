UPDATE boards SET name = ?, modified_at = ? WHERE id = ? AND deleted_at IS NULL
