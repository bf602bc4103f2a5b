-- Read before a move, for undo. Same columns as deck_of_write.
SELECT deck_id, user_edited, modified_at FROM cards WHERE id = ?
