-- Live journal entries, newest decision first, each with its linked card keys (one per line, sorted).
-- Every filter is optional (NULL: off): one entry by :id, a full-text :query (FTS5 syntax, built by
-- JournalStore), or the entries linked to the card with key :card.
SELECT e.id, e.title, e.context, e.constraints, e.options, e.decision, e.result, e.tags, e.day,
       e.created_at, e.modified_at,
       (SELECT group_concat(card_key, char(10))
        FROM (SELECT card_key FROM journal_card_links WHERE entry_id = e.id ORDER BY card_key))
FROM journal_entries e
WHERE e.deleted_at IS NULL
  AND (:id IS NULL OR e.id = :id)
  AND (:query IS NULL OR e.id IN (SELECT rowid FROM journal_fts WHERE journal_fts MATCH :query))
  AND (:card IS NULL OR e.id IN (SELECT entry_id FROM journal_card_links WHERE card_key = :card))
ORDER BY e.day DESC, e.id DESC
