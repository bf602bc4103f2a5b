-- Live cards by state; suspended cards count as suspended whatever their FSRS state.
SELECT count(*),
       count(*) FILTER (WHERE coalesce(s.suspended, 0) = 0 AND coalesce(s.state, 0) = 0),
       count(*) FILTER (WHERE coalesce(s.suspended, 0) = 0 AND s.state = 1),
       count(*) FILTER (WHERE coalesce(s.suspended, 0) = 0 AND s.state = 2),
       count(*) FILTER (WHERE coalesce(s.suspended, 0) = 0 AND s.state = 3),
       count(*) FILTER (WHERE s.suspended = 1)
FROM cards c
LEFT JOIN card_state s ON s.card_id = c.id
WHERE c.retired = 0
