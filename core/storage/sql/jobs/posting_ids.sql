-- SPDX-License-Identifier: GPL-3.0-or-later
-- Every posting kept (live or deleted but not yet purged), for classifying them again with a new model.
SELECT id FROM job_postings ORDER BY id
