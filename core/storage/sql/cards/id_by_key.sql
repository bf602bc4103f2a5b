-- A live card's id from its stable key.
SELECT id FROM cards WHERE key = ? AND retired = 0 AND deleted_at IS NULL
