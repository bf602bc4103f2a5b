-- SPDX-License-Identifier: GPL-3.0-or-later
-- Derive cards: the generator that draws a card's numbers per review (core/cards/derive), named
-- by the deck file's `derive:` line. Empty for every other kind of card.

ALTER TABLE cards ADD COLUMN derive TEXT NOT NULL DEFAULT '';
