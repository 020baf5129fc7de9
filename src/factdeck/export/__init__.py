"""Taking a deck to other tools: Anki packages and CSV."""
