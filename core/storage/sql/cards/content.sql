-- A card's text for the review screen.
SELECT c.key, d.name, c.kind, c.front, c.back, c.tags, c.source, c.follow_ups, c.derive
FROM cards c
JOIN decks d ON d.id = c.deck_id
WHERE c.id = ?
