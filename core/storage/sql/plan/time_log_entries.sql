-- Manual time-log rows and design rounds (0006) between two local days, newest first. Design rounds are
-- read here, never copied into time_log, so a round deleted or re-timed on the board is counted as it is
-- now. A round counts on the study day it started in (the day_shift modifier, e.g. '-4 hours', moves
-- the day start), in whole minutes (rounded); a round under half a minute does not count at all.
SELECT id, track, kind, day, minutes, note, created_at, 0 AS automatic
FROM time_log
WHERE day BETWEEN :from AND :to
UNION ALL
SELECT id, 'design', 'design_round', date(started_at / 1000, 'unixepoch', 'localtime', :day_shift),
       (time_used_ms + 30000) / 60000, prompt_key, started_at, 1
FROM design_rounds
WHERE time_used_ms >= 30000
  AND date(started_at / 1000, 'unixepoch', 'localtime', :day_shift) BETWEEN :from AND :to
ORDER BY 4 DESC, 7 DESC
