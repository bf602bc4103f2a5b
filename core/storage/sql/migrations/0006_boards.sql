-- SPDX-License-Identifier: GPL-3.0-or-later
-- The whiteboard (core/board/boardstore.cpp) and timed design rounds (core/board/practice/).

-- One row per board. `document` is the whole board as .mlboard JSON (core/board/io/mlboard.h), rewritten
-- in one transaction after every finished edit: a board is small (a 5,000-element board is ~2 MB) and one
-- row write is atomic, so a kill -9 can lose at most the gesture in progress, never half a board.
-- `deleted_at` makes deleting a board undoable; rows with it set are hidden from the list.
CREATE TABLE boards (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    document BLOB NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    modified_at INTEGER NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX boards_list ON boards(deleted_at, sort_order, id);

-- One row per design round (a prompt answered on a board against the clock), for progress and comparison.
CREATE TABLE design_rounds (
    id INTEGER PRIMARY KEY,
    prompt_key TEXT NOT NULL,
    board_id INTEGER REFERENCES boards(id) ON DELETE SET NULL,
    started_at INTEGER NOT NULL,
    ended_at INTEGER,
    time_used_ms INTEGER NOT NULL DEFAULT 0,
    rubric_checked INTEGER NOT NULL DEFAULT 0,
    rubric_total INTEGER NOT NULL DEFAULT 0,
    rubric_json TEXT
);
CREATE INDEX design_rounds_prompt ON design_rounds(prompt_key, started_at);
