"""A figure written like a year but read as a count or a measure ("2041 ⁄ 3 innings", "2060 m",
"2030 UTC") is no year of the document: its own time and its latest year, which no time
option may pass, come from its years alone."""

from __future__ import annotations

import pytest

from factdeck.generate.chronology import present_year
from helpers.generation import document_evidence


@pytest.mark.parametrize(
    "figure",
    [
        "In 2016 she ran 2041 ⁄ 3 laps of the track.",
        "In 2016 she climbed to 2060 m on Mount Orm.",
        "In 2016 her plane landed at 2030 UTC.",
    ],
)
def test_a_figure_written_like_a_year_is_not_the_document_s_time(figure: str) -> None:
    assert present_year([figure]) == 2016
    evidence = document_evidence(f"Mira Tolven\n\n{figure}")
    assert evidence.latest_year("doc") == 2016
