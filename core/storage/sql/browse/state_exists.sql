-- Whether a card has a card_state row, so that undoing a suspend can remove the row it created.
SELECT count(*) FROM card_state WHERE card_id = ?
