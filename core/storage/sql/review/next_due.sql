-- When the next learning or review card of the chosen decks (decks, a JSON array of deck ids) falls due
-- after now. One early-stopping walk of the due index per state. A buried card is skipped when it stays
-- hidden past its due: it comes back with the next study day, not at its due.
SELECT min((
    SELECT s.due
    FROM card_state s INDEXED BY card_state_queue
    CROSS JOIN cards c INDEXED BY cards_id_deck ON c.id = s.card_id
    WHERE s.suspended = 0 AND s.state = states.state AND s.due > :now
      AND (s.buried_until IS NULL OR s.buried_until <= s.due)
      AND c.retired = 0 AND c.deleted_at IS NULL
      AND +c.deck_id IN (SELECT value FROM json_each(:decks))
    ORDER BY s.due
    LIMIT 1))
FROM (SELECT 1 AS state UNION ALL SELECT 2 UNION ALL SELECT 3) states
