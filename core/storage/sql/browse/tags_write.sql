-- A retag (or its undo).
UPDATE cards SET tags = ?, user_edited = ?, modified_at = ? WHERE id = ?
