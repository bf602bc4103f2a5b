-- SPDX-License-Identifier: GPL-3.0-or-later
SELECT count(*) FROM job_postings WHERE deleted_at IS NULL
