-- Writes the whole card_state row of a card, creating it the first time the card is answered or marked.
INSERT INTO card_state (card_id, state, step, stability, difficulty, due, last_review, reps, lapses, suspended, buried_until, flag)
VALUES (:card, :state, :step, :stability, :difficulty, :due, :last_review, :reps, :lapses, :suspended, :buried_until, :flag)
ON CONFLICT (card_id) DO UPDATE SET
    state = excluded.state, step = excluded.step, stability = excluded.stability, difficulty = excluded.difficulty,
    due = excluded.due, last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses,
    suspended = excluded.suspended, buried_until = excluded.buried_until, flag = excluded.flag
