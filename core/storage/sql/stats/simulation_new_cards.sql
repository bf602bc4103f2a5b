-- Live, unsuspended cards never answered: what is left to introduce.
SELECT count(*)
FROM cards c
LEFT JOIN card_state s ON s.card_id = c.id
WHERE c.retired = 0 AND c.deleted_at IS NULL AND coalesce(s.suspended, 0) = 0 AND coalesce(s.state, 0) = 0
