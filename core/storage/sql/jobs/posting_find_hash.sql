-- SPDX-License-Identifier: GPL-3.0-or-later
-- A live posting with these bytes, if any.
SELECT id FROM job_postings WHERE raw_hash = ? AND deleted_at IS NULL LIMIT 1
