"""Plain-text drawings of the statistics: exact lines, readable without colour."""

from __future__ import annotations

from datetime import date, timedelta

from factdeck.study.stats import DayCount, DayDue, Forecast, WeekRetention
from factdeck.ui.stats_text import heatmap_weeks, render_forecast, render_heatmap, render_retention


def test_heatmap_weeks_run_in_columns_with_a_legend_in_numbers() -> None:
    counts = {"2024-01-29": 8, "2024-01-31": 1, "2024-02-01": 4, "2024-02-07": 2, "2024-02-14": 6}
    first = date(2024, 1, 29)  # a Monday
    days = [
        DayCount(date=day, answers=counts.get(day.isoformat(), 0))
        for day in (first + timedelta(days=n) for n in range(17))
    ]

    assert render_heatmap(days) == [
        "     Feb",
        "Mon █··",
        "    ···",
        "Wed ░░▓",
        "    ▒·",
        "Fri ··",
        "    ··",
        "Sun ··",
        "    · 0  ░ 1-2  ▒ 3-4  ▓ 5-6  █ 7-8 answers a day",
        "    21 answers on 5 of 17 days",
    ]


def test_heatmap_without_days() -> None:
    assert render_heatmap([]) == ["No activity yet."]


def test_forecast_bars_use_eighths_and_label_the_scale() -> None:
    start = date(2024, 3, 14)
    values = [3, 1, 2] + [0] * 27
    forecast = Forecast(
        overdue=0,
        days=[DayDue(date=start + timedelta(days=n), due=v) for n, v in enumerate(values)],
    )

    assert render_forecast(forecast, height=2) == [
        "3 ┤█   ▃",
        "  ┤█ ▅ █",
        "0 └" + "─" * 59,
        "   today         +7d           +14d          +21d          +28d",
        "Due today: 3 · next 7 days: 6 · next 30 days: 6",
    ]


def test_forecast_marks_small_counts_and_overdue_reviews() -> None:
    start = date(2024, 3, 14)
    values = [40] + [0] * 28 + [1]
    forecast = Forecast(
        overdue=5,
        days=[DayDue(date=start + timedelta(days=n), due=v) for n, v in enumerate(values)],
    )

    lines = render_forecast(forecast, height=2)

    # 1 of 40 is under an eighth of a row, but a day with reviews never looks empty.
    assert lines[0] == "40 ┤█"
    assert lines[1] == "   ┤█" + " " * 57 + "▁"
    assert lines[2] == " 0 └" + "─" * 59
    assert lines[-1] == "Due today: 40 (5 overdue) · next 7 days: 40 · next 30 days: 41"


def test_retention_lines() -> None:
    weeks = [
        WeekRetention(week_start=date(2024, 3, 4), reviews=0, correct=0, retention=None),
        WeekRetention(week_start=date(2024, 3, 11), reviews=8, correct=5, retention=0.625),
        WeekRetention(week_start=date(2024, 3, 18), reviews=3, correct=3, retention=1.0),
        WeekRetention(week_start=date(2024, 3, 25), reviews=2, correct=0, retention=0.0),
    ]

    assert render_retention(weeks, width=10) == [
        "Mar  4  ··········     no reviews",
        "Mar 11  ██████····   63%  (5/8)",
        "Mar 18  ██████████  100%  (3/3)",
        "Mar 25  ··········    0%  (0/2)",
    ]


def test_heatmap_within_a_width_shows_the_latest_weeks_that_fit() -> None:
    first = date(2024, 1, 1)  # a Monday; 8 weeks, the busiest day in the first
    days = [DayCount(date=first + timedelta(days=n), answers=0) for n in range(56)]
    days[0] = DayCount(date=first, answers=9)
    days[-1] = DayCount(date=days[-1].date, answers=2)

    assert heatmap_weeks(days) == 8
    assert heatmap_weeks(days, max_width=20) == 8
    assert heatmap_weeks(days, max_width=10) == 6
    # Weeks of Jan 15 to Feb 26; the quartiles and totals are those of the weeks shown.
    assert render_heatmap(days, max_width=10) == [
        "       Feb",
        "Mon ······",
        "    ······",
        "Wed ······",
        "    ······",
        "Fri ······",
        "    ······",
        "Sun ·····█",
        "    · 0",
        "    ▒ 1",
        "    █ 2 answers a day",
        "    2 answers on 1 of 42 days",
    ]


def test_forecast_within_a_width_puts_days_side_by_side_and_wraps_the_totals() -> None:
    start = date(2024, 3, 14)
    values = [3, 1, 2] + [0] * 26 + [1]
    forecast = Forecast(
        overdue=0,
        days=[DayDue(date=start + timedelta(days=n), due=v) for n, v in enumerate(values)],
    )

    assert render_forecast(forecast, height=2, max_width=63) == render_forecast(forecast, height=2)
    assert render_forecast(forecast, height=2, max_width=40) == [
        "3 ┤█ ▃",
        "  ┤█▅█" + " " * 26 + "▅",
        "0 └" + "─" * 30,
        "   today  +7d    +14d   +21d   +28d",
        "Due today: 3 · next 7 days: 6",
        "next 30 days: 7",
    ]
