-- A design round ends with the time it used (pauses excluded) and the rubric items ticked.
UPDATE design_rounds SET ended_at = ?, time_used_ms = ?, rubric_checked = ?, rubric_total = ?, rubric_json = ?
WHERE id = ? AND ended_at IS NULL
