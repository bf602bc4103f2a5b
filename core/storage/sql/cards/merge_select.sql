-- Every card's content with its deck's origin, for the built-in deck merge (never card_state); the merge leaves
-- user_edited cards as they are.
SELECT c.id, c.key, c.deck_id, c.kind, c.front, c.back, c.tags, c.source, c.follow_ups, c.retired, d.origin, c.derive, c.user_edited
FROM cards c
JOIN decks d ON d.id = c.deck_id
