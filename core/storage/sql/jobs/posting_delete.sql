-- SPDX-License-Identifier: GPL-3.0-or-later
-- Soft-deletes the live postings whose ids are in the JSON array.
UPDATE job_postings SET deleted_at = ? WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL
