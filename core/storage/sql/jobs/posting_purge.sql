-- SPDX-License-Identifier: GPL-3.0-or-later
-- Deleted postings no undo can reach any more; their corrections keep their own copy.
DELETE FROM job_postings WHERE deleted_at IS NOT NULL
