-- SPDX-License-Identifier: GPL-3.0-or-later
-- The study plan's time log (core/progress/timelog.cpp) and the decision journal (core/journal/).

-- time_log (0001) gains the kind of work and checks on its track, so the plan can trust what it sums.
-- Nothing wrote the 0001 table before this version, but rows are carried over anyway; an unknown track
-- becomes 'domain', the broadest one, rather than failing the upgrade.
CREATE TABLE time_log_v7 (
    id INTEGER PRIMARY KEY,
    track TEXT NOT NULL CHECK (track IN ('coding', 'design', 'domain')),
    kind TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('coding_problem', 'mock_interview', 'paper_implementation', 'reading', 'other')),
    day TEXT NOT NULL,                      -- local calendar day, YYYY-MM-DD
    minutes INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
    note TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
INSERT INTO time_log_v7 (id, track, day, minutes, note, created_at)
    SELECT id, CASE WHEN track IN ('coding', 'design', 'domain') THEN track ELSE 'domain' END,
           day, min(max(minutes, 1), 1440), note, created_at
    FROM time_log;
DROP TABLE time_log;
ALTER TABLE time_log_v7 RENAME TO time_log;
CREATE INDEX time_log_day ON time_log(day, track);

-- The decision journal: raw material for behavioural answers. `deleted_at` makes deleting undoable.
CREATE TABLE journal_entries (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    context TEXT NOT NULL DEFAULT '',
    constraints TEXT NOT NULL DEFAULT '',
    options TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',          -- space-separated
    day TEXT NOT NULL,                      -- the local day the decision was made, YYYY-MM-DD
    created_at INTEGER NOT NULL,
    modified_at INTEGER NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX journal_entries_list ON journal_entries(deleted_at, day, id);

CREATE VIRTUAL TABLE journal_fts USING fts5(
    title, context, constraints, options, decision, result, tags,
    content = 'journal_entries', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entries BEGIN
    INSERT INTO journal_fts (rowid, title, context, constraints, options, decision, result, tags)
    VALUES (new.id, new.title, new.context, new.constraints, new.options, new.decision, new.result, new.tags);
END;

CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entries BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, title, context, constraints, options, decision, result, tags)
    VALUES ('delete', old.id, old.title, old.context, old.constraints, old.options, old.decision, old.result, old.tags);
END;

CREATE TRIGGER journal_fts_update AFTER UPDATE OF title, context, constraints, options, decision, result, tags
ON journal_entries BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, title, context, constraints, options, decision, result, tags)
    VALUES ('delete', old.id, old.title, old.context, old.constraints, old.options, old.decision, old.result, old.tags);
    INSERT INTO journal_fts (rowid, title, context, constraints, options, decision, result, tags)
    VALUES (new.id, new.title, new.context, new.constraints, new.options, new.decision, new.result, new.tags);
END;

-- Entries linked to cards by the card's stable key, so a link survives deck merges and re-imports.
CREATE TABLE journal_card_links (
    entry_id INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE,
    card_key TEXT NOT NULL,
    PRIMARY KEY (entry_id, card_key)
) WITHOUT ROWID;
CREATE INDEX journal_card_links_card ON journal_card_links(card_key);
