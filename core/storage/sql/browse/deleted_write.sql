-- Soft delete (deleted_at set) or restore (NULL): the row and its history stay.
UPDATE cards SET deleted_at = ?, modified_at = ? WHERE id = ?
