-- SPDX-License-Identifier: GPL-3.0-or-later
-- Indexes for the study queue and the deck picker's counts (core/cards/reviewqueue.cpp). Each holds every
-- column its query reads, so that building today's queue never reads a card's text nor a whole card_state
-- row: with 100 000 cards and 1 000 000 reviews it stays under 50 ms (tests/bench/bench_queue.cpp).
-- They are plain, not partial, indexes: SQLite re-reads the table to check a partial index's condition,
-- which would cost exactly the reads these indexes exist to avoid.

-- Cards that can come up, by state and due; suspended leads because every queue query excludes it, and
-- card_id follows due so that the queue order (due, then card) is the index order.
CREATE INDEX card_state_queue ON card_state(suspended, state, due, card_id, buried_until);

-- A deck's live cards in deck-file order: new cards are taken in this order.
CREATE INDEX cards_deck_order ON cards(deck_id, retired, deleted_at, id);

-- The deck of a card, and whether it is live, found by id.
CREATE INDEX cards_id_deck ON cards(id, deck_id, retired, deleted_at);
