-- SPDX-License-Identifier: GPL-3.0-or-later
-- Puts back a posting's earlier label (undo of a correction).
UPDATE job_corrections SET ml_systems = ?, corrected_at = ? WHERE posting_id = ?
