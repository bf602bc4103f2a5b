-- Reviews per local calendar day with their answer time in ms.
SELECT date(reviewed_at / 1000, 'unixepoch', 'localtime') AS day, count(*), sum(duration_ms)
FROM review_log
GROUP BY day
ORDER BY day
