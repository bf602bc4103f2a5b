-- SPDX-License-Identifier: GPL-3.0-or-later
-- Full-text search over card content (the browser), and soft deletion so that deleting a card can
-- be undone and never orphans its review history.

ALTER TABLE cards ADD COLUMN deleted_at INTEGER;   -- NULL: live; else when the user deleted it

CREATE VIRTUAL TABLE cards_fts USING fts5(
    front, back, tags, source,
    content = 'cards', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER cards_fts_insert AFTER INSERT ON cards BEGIN
    INSERT INTO cards_fts (rowid, front, back, tags, source) VALUES (new.id, new.front, new.back, new.tags, new.source);
END;

CREATE TRIGGER cards_fts_delete AFTER DELETE ON cards BEGIN
    INSERT INTO cards_fts (cards_fts, rowid, front, back, tags, source) VALUES ('delete', old.id, old.front, old.back, old.tags, old.source);
END;

CREATE TRIGGER cards_fts_update AFTER UPDATE OF front, back, tags, source ON cards BEGIN
    INSERT INTO cards_fts (cards_fts, rowid, front, back, tags, source) VALUES ('delete', old.id, old.front, old.back, old.tags, old.source);
    INSERT INTO cards_fts (rowid, front, back, tags, source) VALUES (new.id, new.front, new.back, new.tags, new.source);
END;

INSERT INTO cards_fts (cards_fts) VALUES ('rebuild');
