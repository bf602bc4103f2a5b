SELECT id, name, sort_order, created_at, modified_at FROM boards WHERE deleted_at IS NULL ORDER BY sort_order, id
