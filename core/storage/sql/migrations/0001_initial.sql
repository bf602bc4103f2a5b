-- SPDX-License-Identifier: GPL-3.0-or-later
-- Cards and decks, their schedule, the review log, the time log and settings.
-- Times are UTC epoch milliseconds in INTEGER columns (64-bit: dues run to the year ~2900).

PRAGMA application_id = 1296846930;

CREATE TABLE decks (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,               -- stable id: a built-in deck's deck-id, or generated
    name TEXT NOT NULL,
    topic TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('builtin', 'user', 'import')),
    new_per_day INTEGER,                    -- NULL: the global setting applies
    reviews_per_day INTEGER,
    created_at INTEGER NOT NULL
);

-- Card content only: editing text never touches the schedule in card_state.
CREATE TABLE cards (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,               -- stable id from the deck file, or a generated guid
    deck_id INTEGER NOT NULL REFERENCES decks(id),
    kind TEXT NOT NULL DEFAULT 'basic',
    front TEXT NOT NULL,
    back TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '',          -- space-separated
    source TEXT NOT NULL DEFAULT '',
    follow_ups TEXT NOT NULL DEFAULT '',    -- space-separated card keys
    retired INTEGER NOT NULL DEFAULT 0,     -- a built-in card its deck dropped: kept for its history
    created_at INTEGER NOT NULL,
    modified_at INTEGER NOT NULL
);
CREATE INDEX cards_deck ON cards(deck_id);

-- FSRS memory state and queue flags, one row per card that has been seen or touched.
CREATE TABLE card_state (
    card_id INTEGER PRIMARY KEY REFERENCES cards(id) ON DELETE CASCADE,
    state INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 3),   -- 0 new, 1 learning, 2 review, 3 relearning
    step INTEGER,
    stability REAL,
    difficulty REAL,
    due INTEGER,
    last_review INTEGER,
    reps INTEGER NOT NULL DEFAULT 0,
    lapses INTEGER NOT NULL DEFAULT 0,
    suspended INTEGER NOT NULL DEFAULT 0,
    buried_until INTEGER,
    flag INTEGER NOT NULL DEFAULT 0 CHECK (flag BETWEEN 0 AND 7)
);
CREATE INDEX card_state_due ON card_state(due);

-- One row per answer, shaped like Anki's revlog so that it imports and exports losslessly.
CREATE TABLE review_log (
    id INTEGER PRIMARY KEY,
    card_id INTEGER NOT NULL REFERENCES cards(id),
    reviewed_at INTEGER NOT NULL,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4),          -- 0 manual reschedule, 1 Again … 4 Easy
    kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 5),               -- Anki revlog type: 0 learn, 1 review, 2 relearn, 3 cram, 4 manual, 5 rescheduled
    state_before INTEGER NOT NULL,
    state_after INTEGER NOT NULL,
    stability REAL,
    difficulty REAL,
    interval_seconds INTEGER NOT NULL DEFAULT 0,
    last_interval_seconds INTEGER NOT NULL DEFAULT 0,
    elapsed_days INTEGER,
    duration_ms INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX review_log_card ON review_log(card_id, reviewed_at);
CREATE INDEX review_log_time ON review_log(reviewed_at);

-- Study time that is not card review: coding practice, mock interviews, design rounds.
CREATE TABLE time_log (
    id INTEGER PRIMARY KEY,
    track TEXT NOT NULL,
    day TEXT NOT NULL,                      -- local calendar day, YYYY-MM-DD
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    note TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
CREATE INDEX time_log_day ON time_log(day);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
