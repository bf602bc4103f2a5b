-- Undo of a suspend that created a card_state row: removed while it holds nothing but defaults.
DELETE FROM card_state
WHERE card_id = ? AND state = 0 AND step IS NULL AND stability IS NULL AND difficulty IS NULL AND due IS NULL
  AND last_review IS NULL AND reps = 0 AND lapses = 0 AND suspended = 0 AND buried_until IS NULL AND flag = 0
