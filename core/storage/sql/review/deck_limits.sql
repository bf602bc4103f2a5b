-- The daily limits of every deck (its own, else the global ones bound here) and what was studied in it
-- during the study day, from day_start up to day_end: new cards answered for the first time, and answers
-- to Review cards.
SELECT d.id,
       coalesce(d.new_per_day, :new_default),
       coalesce(d.reviews_per_day, :reviews_default),
       coalesce(today.new_done, 0),
       coalesce(today.reviews_done, 0)
FROM decks d
LEFT JOIN (
    SELECT c.deck_id,
           count(DISTINCT r.card_id) FILTER (WHERE r.kind = 0 AND r.state_before = 0) AS new_done,
           count(*) FILTER (WHERE r.kind = 1) AS reviews_done
    FROM review_log r
    CROSS JOIN cards c INDEXED BY cards_id_deck ON c.id = r.card_id
    WHERE r.reviewed_at >= :day_start AND r.reviewed_at < :day_end
    GROUP BY c.deck_id
) today ON today.deck_id = d.id
ORDER BY d.id
