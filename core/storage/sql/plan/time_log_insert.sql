-- One manual time-log row. The id is NULL for a new row and the old id when an undo puts a row back;
-- an empty note may arrive as NULL from Qt and is stored as ''.
INSERT INTO time_log (id, track, kind, day, minutes, note, created_at)
VALUES (:id, :track, :kind, :day, :minutes, coalesce(:note, ''), :created_at)
