-- A design round begins: its prompt, the board it is drawn on and the rubric size.
INSERT INTO design_rounds (prompt_key, board_id, started_at, rubric_total) VALUES (?, ?, ?, ?)
