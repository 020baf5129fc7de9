"""Study logic with no UI: grading, quiz sessions, the FSRS scheduler, missed review, stats."""
