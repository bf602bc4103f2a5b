-- Answers per local study day, as Anki's review graphs count them: learning (kind 0), young and mature review
-- (kind 1, by the interval before the answer: mature from 21 days), relearning (2) and filtered (3, Anki
-- imports only); manual and rescheduling entries (kinds 4, 5, rating 0) are not answers. `passed` is Hard,
-- Good or Easy on a card in Review: the numerator of true retention. CROSS JOIN keeps the days as the outer
-- loop (SQLite's planner has no statistics to know the day table is small): one index range per day along
-- review_log_stats (0010), instead of a scan of the day table per answer.
SELECT d.day,
       sum(r.kind = 0),
       sum(r.kind = 1 AND r.last_interval_seconds < 21 * 86400),
       sum(r.kind = 1 AND r.last_interval_seconds >= 21 * 86400),
       sum(r.kind = 2),
       sum(r.kind = 3),
       sum(r.rating = 1),
       sum(r.kind = 1 AND r.rating > 1),
       sum(r.duration_ms)
FROM temp.stats_days d
CROSS JOIN review_log r ON r.reviewed_at >= d.start_ms AND r.reviewed_at < d.end_ms
WHERE r.kind <= 3 AND r.rating > 0
GROUP BY d.day
ORDER BY d.day
