-- Empty text may arrive as NULL from Qt (a null QString); the columns hold '' instead.
INSERT INTO journal_entries (title, context, constraints, options, decision, result, tags, day, created_at, modified_at)
VALUES (:title, coalesce(:context, ''), coalesce(:constraints, ''), coalesce(:options, ''), coalesce(:decision, ''),
        coalesce(:result, ''), coalesce(:tags, ''), :day, :now, :now)
