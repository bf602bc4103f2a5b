-- Read before a retag, for undo. Same columns as tags_write.
SELECT tags, user_edited, modified_at FROM cards WHERE id = ?
