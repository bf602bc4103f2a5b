DELETE FROM journal_card_links WHERE entry_id = :entry AND card_key = :card
