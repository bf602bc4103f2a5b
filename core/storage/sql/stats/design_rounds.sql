-- Finished whiteboard design rounds in the order they ended, with the time used and the rubric score.
SELECT ended_at, prompt_key, time_used_ms, rubric_checked, rubric_total
FROM design_rounds
WHERE ended_at IS NOT NULL
ORDER BY ended_at, id
