"""FactDeck: study the facts in your documents from the terminal."""

__version__ = "0.1.0"
