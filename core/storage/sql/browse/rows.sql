-- The rows of the card browser. CardSearch fills in the braces: a CardQuery condition over c (and s when the
-- card_state join is in), the sort, and the interval_days fragment. The inner query sorts only ids, joining
-- card_state only when the condition or the sort reads it, so that thousands of matches are sorted from an index;
-- the outer one reads the rows of the page, and only the start of each front (fronts may be megabytes).
SELECT c.id, c.key, d.name, substr(c.front, 1, 1000), c.tags, coalesce(s.state, 0), s.due, {interval},
       s.stability, s.difficulty, coalesce(s.lapses, 0), coalesce(s.reps, 0), coalesce(s.suspended, 0), coalesce(s.flag, 0),
       c.modified_at
FROM (
    SELECT c.id
    FROM cards c
    {state}
    WHERE {where}
    ORDER BY {order}
    LIMIT ? OFFSET ?
) AS page
JOIN cards c ON c.id = page.id
JOIN decks d ON d.id = c.deck_id
LEFT JOIN card_state s ON s.card_id = c.id
ORDER BY {order}
