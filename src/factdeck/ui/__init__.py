"""The Textual app: a thin layer of screens over the study logic."""
