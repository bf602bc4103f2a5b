-- SPDX-License-Identifier: GPL-3.0-or-later
SELECT count(*) FROM job_corrections
