-- Suspend or unsuspend; a new card gets its card_state row here.
INSERT INTO card_state (suspended, card_id) VALUES (?, ?)
ON CONFLICT (card_id) DO UPDATE SET suspended = excluded.suspended
