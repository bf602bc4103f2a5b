-- An edit (or its undo): content only, never card_state or review_log, so the schedule survives.
UPDATE cards SET deck_id = ?, front = ?, back = ?, tags = ?, source = ?, user_edited = ?, modified_at = ? WHERE id = ?
