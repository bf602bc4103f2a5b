-- SPDX-License-Identifier: GPL-3.0-or-later
-- One posting with its text and result, live or deleted.
SELECT p.id, p.file_name, p.title, p.company, p.ml_systems, p.p_ml_systems, p.ambiguous, p.added_at, c.ml_systems,
       p.plain_text, p.evidence, p.topics, p.deleted_at
FROM job_postings p
LEFT JOIN job_corrections c ON c.posting_id = p.id
WHERE p.id = ?
