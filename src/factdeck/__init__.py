"""FactDeck: study the facts in your documents from the terminal."""

import os

__version__ = "0.1.0"

# Pydantic looks for plugins by reading the metadata of every installed distribution the first
# time it builds a model, on FactDeck's start-up path (2-3 ms of CPU in the test environment,
# more while that metadata is read from disk). FactDeck uses no pydantic plugin; a value the
# user set is kept.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
