-- Fragment, not a statement: the join that gives a browser search its s alias (a card without a row is new).
LEFT JOIN card_state s ON s.card_id = c.id
