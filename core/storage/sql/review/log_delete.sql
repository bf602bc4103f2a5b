-- Undo of an answer. The card id guards against removing a row of another card.
DELETE FROM review_log WHERE id = :id AND card_id = :card
