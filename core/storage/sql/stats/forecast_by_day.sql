-- Scheduled cards falling due on each day of temp.stats_days (core/progress/daytable.cpp), along
-- card_state_queue (0003): one index range per day, the days kept as the outer loop by CROSS JOIN.
SELECT d.day, count(*)
FROM temp.stats_days d
CROSS JOIN card_state s ON s.due >= d.start_ms AND s.due < d.end_ms
JOIN cards c ON c.id = s.card_id
WHERE s.suspended = 0 AND s.state IN (1, 2, 3)
  AND c.retired = 0 AND c.deleted_at IS NULL
GROUP BY d.day
ORDER BY d.day
