-- SPDX-License-Identifier: GPL-3.0-or-later
-- The user's label for a posting, with its own copy of the posting's bytes.
INSERT INTO job_corrections (posting_id, file_name, raw, ml_systems, corrected_at)
SELECT id, file_name, raw, ?, ? FROM job_postings WHERE id = ?
ON CONFLICT (posting_id) DO UPDATE SET ml_systems = excluded.ml_systems, corrected_at = excluded.corrected_at
