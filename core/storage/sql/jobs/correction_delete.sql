-- SPDX-License-Identifier: GPL-3.0-or-later
DELETE FROM job_corrections WHERE posting_id = ?
