-- Read before a delete or a restore, for undo. Same columns as deleted_write.
SELECT deleted_at, modified_at FROM cards WHERE id = ?
