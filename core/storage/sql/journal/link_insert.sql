INSERT OR IGNORE INTO journal_card_links (entry_id, card_key) VALUES (:entry, :card)
