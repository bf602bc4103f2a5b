-- Undo of the first change to a card that had no card_state row: back to having none.
DELETE FROM card_state WHERE card_id = :card
