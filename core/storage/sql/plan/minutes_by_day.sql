-- Minutes per local day and track between two days: the time log plus design rounds, counted as in
-- plan/time_log_entries.sql.
SELECT day, track, sum(minutes)
FROM (
    SELECT day, track, minutes
    FROM time_log
    WHERE day BETWEEN :from AND :to
    UNION ALL
    SELECT date(started_at / 1000, 'unixepoch', 'localtime', :day_shift), 'design', (time_used_ms + 30000) / 60000
    FROM design_rounds
    WHERE time_used_ms >= 30000
      AND date(started_at / 1000, 'unixepoch', 'localtime', :day_shift) BETWEEN :from AND :to
)
GROUP BY day, track
ORDER BY day, track
