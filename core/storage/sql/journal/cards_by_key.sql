-- The fronts of the cards with the keys in :keys (a JSON array), in key order; unknown keys are skipped.
SELECT key, front FROM cards WHERE key IN (SELECT value FROM json_each(:keys)) ORDER BY key
