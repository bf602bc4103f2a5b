-- SPDX-License-Identifier: GPL-3.0-or-later
INSERT INTO job_model (id, model, corrections, fitted_at) VALUES (1, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET model = excluded.model, corrections = excluded.corrections, fitted_at = excluded.fitted_at
