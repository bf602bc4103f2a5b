-- SPDX-License-Identifier: GPL-3.0-or-later
-- Job postings the user pasted, opened or dropped on the Jobs page, each with the classifier's result
-- (core/jobs/postingstore.cpp), the user's label corrections and the locally refitted model
-- (core/jobs/jobcorrections.cpp).

CREATE TABLE job_postings (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL DEFAULT '',     -- the file it came from; '' for pasted text
    raw BLOB NOT NULL,                      -- the bytes as read, so that a better model can classify them again
    raw_hash TEXT NOT NULL,                 -- hex SHA-1 of raw: the same posting is not added twice
    plain_text TEXT NOT NULL,               -- the extracted text that evidence offsets index into
    title TEXT NOT NULL DEFAULT '',         -- guessed from the text
    company TEXT NOT NULL DEFAULT '',       -- guessed from the text
    ml_systems INTEGER NOT NULL CHECK (ml_systems IN (0, 1)),   -- the model's label: 1 ML systems, 0 systems with ML
    p_ml_systems REAL NOT NULL CHECK (p_ml_systems BETWEEN 0 AND 1),
    ambiguous INTEGER NOT NULL DEFAULT 0 CHECK (ambiguous IN (0, 1)),
    evidence TEXT NOT NULL DEFAULT '[]',    -- JSON [{"text","weight","start","end"}], offsets into plain_text
    topics TEXT NOT NULL DEFAULT '[]',      -- JSON array of topic names
    added_at INTEGER NOT NULL,
    deleted_at INTEGER                      -- NULL: live; else when the user deleted it (undoable until purged)
);
-- The table's order (score, highest first) and the duplicate check read only these.
CREATE INDEX job_postings_score ON job_postings(deleted_at, p_ml_systems);
CREATE INDEX job_postings_hash ON job_postings(raw_hash, deleted_at);

-- A label the user set by hand. It keeps its own copy of the posting so that deleting the posting never
-- loses a correction the local model was fitted on; one correction per posting (the latest wins).
CREATE TABLE job_corrections (
    id INTEGER PRIMARY KEY,
    posting_id INTEGER UNIQUE REFERENCES job_postings(id) ON DELETE SET NULL,
    file_name TEXT NOT NULL DEFAULT '',
    raw BLOB NOT NULL,
    ml_systems INTEGER NOT NULL CHECK (ml_systems IN (0, 1)),
    corrected_at INTEGER NOT NULL
);

-- The model refitted from the corrections (at most one row); none: the shipped weights apply.
CREATE TABLE job_model (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    model TEXT NOT NULL,                    -- the model as JobModel serialises it
    corrections INTEGER NOT NULL,           -- how many corrections it was fitted with
    fitted_at INTEGER NOT NULL
);
