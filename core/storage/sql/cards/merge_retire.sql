-- A built-in card no longer in any deck file: kept, with its history, but out of every queue.
UPDATE cards SET retired = 1, modified_at = ? WHERE id = ?
