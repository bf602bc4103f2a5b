-- SPDX-License-Identifier: GPL-3.0-or-later
-- Every correction, oldest first, as training examples.
SELECT raw, file_name, ml_systems FROM job_corrections ORDER BY corrected_at, id
