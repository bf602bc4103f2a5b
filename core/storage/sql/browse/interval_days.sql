-- Fragment, not a statement: the interval of a card in whole days (due minus last review, 0 before the first review)
-- for the browser column, its sort and prop ivl. Qt looks for placeholders in comments too: no quotes or colons here.
(CASE WHEN s.last_review IS NULL OR s.due IS NULL THEN 0 ELSE (s.due - s.last_review) / 86400000 END)
