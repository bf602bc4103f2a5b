-- How many cards a browser search matches; CardSearch puts a CardQuery condition in the braces, and the card_state
-- join when the condition reads it.
SELECT count(*)
FROM cards c
{state}
WHERE {where}
