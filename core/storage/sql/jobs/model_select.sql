-- SPDX-License-Identifier: GPL-3.0-or-later
SELECT model, corrections, fitted_at FROM job_model WHERE id = 1
