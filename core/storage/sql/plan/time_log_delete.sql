DELETE FROM time_log WHERE id = :id
