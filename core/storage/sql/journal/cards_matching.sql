-- Live cards whose key is :text or whose front contains :text (a LIKE pattern made by JournalCards),
-- for the journal's "link to card" picker; exact key matches first.
SELECT key, front
FROM cards
WHERE deleted_at IS NULL AND (key = :text OR front LIKE :pattern ESCAPE '\')
ORDER BY key = :text DESC, front
LIMIT :limit
