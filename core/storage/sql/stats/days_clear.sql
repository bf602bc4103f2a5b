DELETE FROM temp.stats_days
