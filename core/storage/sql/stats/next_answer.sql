-- The first answer at or after :from, found with one seek in review_log_time: ReviewActivity hops from one
-- study day to the next day with answers, so that gaps (and stray timestamps decades away) cost nothing.
SELECT min(reviewed_at) FROM review_log WHERE reviewed_at >= :from
