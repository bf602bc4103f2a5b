-- Rewrites a live entry's text; a deleted entry is left alone (the caller reports it as missing). Empty
-- text may arrive as NULL from Qt; the columns hold '' instead.
UPDATE journal_entries
SET title = :title, context = coalesce(:context, ''), constraints = coalesce(:constraints, ''),
    options = coalesce(:options, ''), decision = coalesce(:decision, ''), result = coalesce(:result, ''),
    tags = coalesce(:tags, ''), day = :day, modified_at = :now
WHERE id = :id AND deleted_at IS NULL
