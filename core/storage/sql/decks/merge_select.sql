-- Every deck by stable key, for the built-in deck merge.
SELECT id, key, name, topic, description, origin FROM decks
