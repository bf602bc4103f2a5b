-- SPDX-License-Identifier: GPL-3.0-or-later
UPDATE job_postings
SET plain_text = ?, title = ?, company = ?, ml_systems = ?, p_ml_systems = ?, ambiguous = ?, evidence = ?, topics = ?
WHERE id = ?
