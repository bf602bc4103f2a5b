-- Finished rounds of one prompt, oldest first (attempt 1, 2, …).
SELECT id, prompt_key, board_id, started_at, ended_at, time_used_ms, rubric_checked, rubric_total, rubric_json
FROM design_rounds WHERE prompt_key = ? AND ended_at IS NOT NULL ORDER BY started_at, id
