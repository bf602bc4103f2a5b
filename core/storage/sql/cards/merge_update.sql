-- A built-in card whose content or deck changed, or that is back after being retired. The row
-- keeps its id, so its card_state and review_log rows stay attached.
UPDATE cards
SET deck_id = ?, kind = ?, front = ?, back = ?, tags = ?, source = ?, follow_ups = ?, retired = 0, modified_at = ?, derive = ?
WHERE id = ?
