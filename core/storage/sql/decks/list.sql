-- Decks that hold live cards, with how many, for the deck picker.
SELECT d.id, d.name, d.topic, count(c.id)
FROM decks d
JOIN cards c ON c.deck_id = d.id AND c.retired = 0 AND c.deleted_at IS NULL
GROUP BY d.id
ORDER BY d.origin = 'builtin' DESC, d.name
