INSERT INTO temp.stats_days (day, start_ms, end_ms) VALUES (:day, :start_ms, :end_ms)
