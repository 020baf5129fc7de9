"""Documents → facts → questions: cleaning, extraction, distractors and question templates."""
