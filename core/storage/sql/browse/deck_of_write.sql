-- A move to another deck (or its undo).
UPDATE cards SET deck_id = ?, user_edited = ?, modified_at = ? WHERE id = ?
