"""The collector is kept out of the way of what start-up makes for good, and comes back."""

import gc

import pytest

from factdeck.ui.collector import collector_paused, loading_for_good


@pytest.mark.parametrize("pause", [collector_paused, loading_for_good])
def test_the_collector_is_paused_inside_and_resumes_after(pause: object) -> None:
    assert gc.isenabled()
    with pause():  # type: ignore[operator]
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.parametrize("pause", [collector_paused, loading_for_good])
def test_a_collector_already_off_stays_off(pause: object) -> None:
    gc.disable()
    try:
        with pause():  # type: ignore[operator]
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_is_loaded_for_good_is_frozen_before_the_collector_resumes() -> None:
    passes: list[str] = []

    def note(phase: str, info: dict[str, int]) -> None:
        passes.append(phase)

    frozen = gc.get_freeze_count()
    gc.callbacks.append(note)
    try:
        with loading_for_good():
            kept = [[index] for index in range(10_000)]
        resumed_with = gc.get_count()[0]
        held = gc.get_freeze_count()
    finally:
        gc.callbacks.remove(note)
        gc.unfreeze()
    assert passes == []  # no pass over what was just loaded
    assert resumed_with < 100  # nor one due: it is all out of sight
    assert held >= frozen + len(kept)
