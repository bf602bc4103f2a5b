-- Soft-deletes a live entry (:deleted_at set) or restores a deleted one (:deleted_at NULL); an entry
-- already in the asked state is not touched, so the caller can tell "nothing to do" from success.
UPDATE journal_entries
SET deleted_at = :deleted_at
WHERE id = :id AND (deleted_at IS NULL) = (:deleted_at IS NOT NULL)
