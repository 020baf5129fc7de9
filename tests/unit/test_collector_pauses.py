"""Pauses of the garbage collector nest and overlap; it resumes after the last one."""

import gc
import threading

from factdeck.collector import collector_paused


def test_nested_pauses_resume_the_collector_only_after_the_outer_one() -> None:
    assert gc.isenabled()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_pause_in_another_thread_keeps_it_paused_until_both_end() -> None:
    inside, release = threading.Event(), threading.Event()

    def worker() -> None:
        with collector_paused():
            inside.set()
            release.wait(timeout=10)

    thread = threading.Thread(target=worker)
    with collector_paused():
        thread.start()
        inside.wait(timeout=10)
    paused_while_the_worker_reads = not gc.isenabled()
    release.set()
    thread.join(timeout=10)

    assert paused_while_the_worker_reads
    assert gc.isenabled()


def test_a_collector_already_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
