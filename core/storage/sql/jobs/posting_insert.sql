-- SPDX-License-Identifier: GPL-3.0-or-later
INSERT INTO job_postings (file_name, raw, raw_hash, plain_text, title, company, ml_systems, p_ml_systems, ambiguous, evidence, topics, added_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
