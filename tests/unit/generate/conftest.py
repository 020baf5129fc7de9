"""Fixtures shared by the generation tests."""

import pytest

from factdeck.generate import confidence
from factdeck.generate import extract as extract_module


@pytest.fixture
def roomy(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """A budget that leaves nothing out, so that only the rule under test cuts; a test may
    set ``ENOUGH_CENTRAL`` higher through the returned patcher to make the deck short."""
    monkeypatch.setattr(extract_module, "WORDS_PER_QUESTION", 1)
    monkeypatch.setattr(extract_module, "ENOUGH_CENTRAL", 3)
    return monkeypatch


@pytest.fixture
def uncut(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every question an imported deck asks kept, however it rates (``confidence``): the
    test looks at how facts are asked, not at which ones a deck keeps."""
    monkeypatch.setattr(confidence, "LOW_RATING", 0.0)
