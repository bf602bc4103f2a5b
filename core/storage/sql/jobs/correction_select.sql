-- SPDX-License-Identifier: GPL-3.0-or-later
-- The user's label for one posting: ml_systems, corrected_at.
SELECT ml_systems, corrected_at FROM job_corrections WHERE posting_id = ?
