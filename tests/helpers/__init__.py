"""What tests share across folders: import as ``from helpers.clock import FakeClock`` (``tests/``
is on pytest's path, see pyproject)."""
