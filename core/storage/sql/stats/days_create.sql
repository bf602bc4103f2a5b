-- The local study days a statistic covers (core/progress/daytable.cpp), one row per day with its UTC bounds
-- computed by Qt's time zone code. Queries join the review log and the schedule to it on a range, which
-- SQLite answers day by day along an index, already in day order: grouping a million answers by an
-- expression of reviewed_at would sort them all instead.
CREATE TEMP TABLE IF NOT EXISTS stats_days (
    day INTEGER PRIMARY KEY,    -- Julian day number of the date the day starts on
    start_ms INTEGER NOT NULL,
    end_ms INTEGER NOT NULL
)
