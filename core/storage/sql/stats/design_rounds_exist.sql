-- Whether the whiteboard's design_rounds table (migration 0006) is there yet.
SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'design_rounds'
