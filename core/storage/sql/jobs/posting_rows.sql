-- SPDX-License-Identifier: GPL-3.0-or-later
-- The live postings for the Jobs table, highest P(ML systems) first; the user's label, when set, beside the model's.
SELECT p.id, p.file_name, p.title, p.company, p.ml_systems, p.p_ml_systems, p.ambiguous, p.added_at, c.ml_systems
FROM job_postings p
LEFT JOIN job_corrections c ON c.posting_id = p.id
WHERE p.deleted_at IS NULL
ORDER BY p.p_ml_systems DESC, p.id
