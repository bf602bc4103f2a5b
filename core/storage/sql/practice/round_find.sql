SELECT id, prompt_key, board_id, started_at, ended_at, time_used_ms, rubric_checked, rubric_total, rubric_json
FROM design_rounds WHERE id = ?
