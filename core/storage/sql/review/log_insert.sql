-- One answer, as the revlog of Anki would record it.
INSERT INTO review_log (card_id, reviewed_at, rating, kind, state_before, state_after, stability, difficulty,
                        interval_seconds, last_interval_seconds, elapsed_days, duration_ms)
VALUES (:card, :reviewed_at, :rating, :kind, :state_before, :state_after, :stability, :difficulty,
        :interval_seconds, :last_interval_seconds, :elapsed_days, :duration_ms)
