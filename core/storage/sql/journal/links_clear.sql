DELETE FROM journal_card_links WHERE entry_id = :entry
