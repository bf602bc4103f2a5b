-- Whether a card a journal entry may link to exists (retired built-in cards still count: the link keeps
-- pointing at their history).
SELECT count(*) FROM cards WHERE key = :card AND deleted_at IS NULL
