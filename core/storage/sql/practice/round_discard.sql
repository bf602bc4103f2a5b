-- A round abandoned before it finished leaves no attempt behind.
DELETE FROM design_rounds WHERE id = ? AND ended_at IS NULL
