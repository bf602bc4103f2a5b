UPDATE boards SET document = ?, modified_at = ? WHERE id = ? AND deleted_at IS NULL
