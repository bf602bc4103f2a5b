-- SPDX-License-Identifier: GPL-3.0-or-later
SELECT raw, file_name FROM job_postings WHERE id = ?
