-- What an edit changes, read before it so that undo can put it back. Same columns as content_write.
SELECT deck_id, front, back, tags, source, user_edited, modified_at FROM cards WHERE id = ?
