UPDATE boards SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL
