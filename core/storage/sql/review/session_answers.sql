-- Answers given in the chosen decks (decks, a JSON array of deck ids) from the start of the session up to
-- now: how many, to how many cards, the time spent and how many were Again. Kinds 0–2 are answers; manual changes are not.
SELECT count(*), count(DISTINCT r.card_id), coalesce(sum(r.duration_ms), 0), count(*) FILTER (WHERE r.rating = 1)
FROM review_log r
CROSS JOIN cards c INDEXED BY cards_id_deck ON c.id = r.card_id
WHERE r.reviewed_at >= :from AND r.reviewed_at < :to AND r.kind IN (0, 1, 2)
  AND c.deck_id IN (SELECT value FROM json_each(:decks))
