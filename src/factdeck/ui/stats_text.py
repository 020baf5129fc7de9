"""The statistics drawn as plain text: lines that read without colour, for the statistics
screen to show.

Drawings are at most 66 columns wide; the heatmap and the forecast fit a narrower
``max_width`` when given one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import timedelta

from factdeck.study.stats import DayCount, Forecast, WeekRetention

HEAT_LEVELS = "░▒▓█"
"""Heatmap cells by activity quartile (of the busiest day); ``·`` marks a day with no answer."""
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Mon", "", "Wed", "", "Fri", "", "Sun")
_EIGHTHS = "▁▂▃▄▅▆▇█"


def _level(count: int, busiest: int) -> int:
    """0 for no answers, else 1-4: the quartile of the busiest day the count falls in."""
    return 0 if count <= 0 else max(1, math.ceil(4 * count / busiest))


HEATMAP_LABEL_WIDTH = 4
"""Columns before the heatmap's weeks (the weekday names)."""


def heatmap_weeks(days: Sequence[DayCount], *, max_width: int | None = None) -> int:
    """How many week columns :func:`render_heatmap` draws for ``days`` within ``max_width``.

    All of them (``days`` may start mid-week) when they fit or no width is given, else the most
    recent ones that fit (at least one).
    """
    if not days:
        return 0
    first, last = days[0].date, days[-1].date
    weeks = (last - (first - timedelta(days=first.weekday()))).days // 7 + 1
    if max_width is None:
        return weeks
    return max(1, min(weeks, max_width - HEATMAP_LABEL_WIDTH))


def wrap_parts(
    parts: Sequence[str],
    separator: str,
    *,
    indent: str,
    max_width: int | None,
    hanging: str | None = None,
) -> list[str]:
    """``parts`` joined by ``separator`` on one line, or over as many as keep within ``max_width``.

    Every line starts with ``indent``, or the lines after the first with ``hanging`` if given.
    """
    rest = indent if hanging is None else hanging
    lines = [indent + parts[0]]
    for part in parts[1:]:
        joined = lines[-1] + separator + part
        if max_width is None or len(joined) <= max_width:
            lines[-1] = joined
        else:
            lines.append(rest + part)
    return lines


def render_heatmap(days: Sequence[DayCount], *, max_width: int | None = None) -> list[str]:
    """A calendar of activity: one column per week (Monday on top), months above, a legend.

    Each day shows ``·`` (no answer) or ``░▒▓█`` (quartiles of the busiest day); the legend
    gives the number of answers each character stands for. Within ``max_width`` columns only
    the most recent weeks that fit are drawn (see :func:`heatmap_weeks`), the quartiles and
    totals counted over those, and the legend wraps if need be.
    """
    if not days:
        return ["No activity yet."]
    shown = heatmap_weeks(days, max_width=max_width)
    if shown < heatmap_weeks(days):
        last_monday = days[-1].date - timedelta(days=days[-1].date.weekday())
        cutoff = last_monday - timedelta(weeks=shown - 1)
        days = [d for d in days if d.date >= cutoff]
    counts = {d.date: d.answers for d in days}
    first, last = days[0].date, days[-1].date
    start = first - timedelta(days=first.weekday())
    weeks = (last - start).days // 7 + 1
    busiest = max(counts.values())
    # A month's name may run past the last week, not past max_width.
    header_width = weeks + 3 if max_width is None else max_width - HEATMAP_LABEL_WIDTH
    labels: list[tuple[int, str]] = []
    previous_month = first.month
    for column in range(1, weeks):
        monday = start + timedelta(weeks=column)
        if monday.month == previous_month:
            continue
        previous_month = monday.month
        if labels and column < labels[-1][0] + 4:
            continue  # No room after the previous label.
        if column + 3 > header_width:
            break
        labels.append((column, _MONTHS[monday.month - 1]))
    if not labels or labels[0][0] >= 4:
        labels.insert(0, (0, _MONTHS[first.month - 1]))  # The partial first month, if room.
    months = [" "] * (weeks + 3)
    for column, label in labels:
        months[column : column + 3] = list(label)
    indent = " " * HEATMAP_LABEL_WIDTH
    lines = [indent + "".join(months).rstrip()]
    for weekday in range(7):
        cells = []
        for column in range(weeks):
            day = start + timedelta(weeks=column, days=weekday)
            if day < first or day > last:
                cells.append(" ")
            else:
                level = _level(counts.get(day, 0), busiest)
                cells.append("·" if level == 0 else HEAT_LEVELS[level - 1])
        lines.append(f"{_WEEKDAYS[weekday]:<{HEATMAP_LABEL_WIDTH}}" + "".join(cells).rstrip())
    legend = ["· 0"]
    for level in range(1, 5):
        low = busiest * (level - 1) // 4 + 1
        high = busiest * level // 4
        if low <= high:
            legend.append(f"{HEAT_LEVELS[level - 1]} {low}" + (f"-{high}" if high > low else ""))
    legend[-1] += " answers a day"
    lines += wrap_parts(legend, "  ", indent=indent, max_width=max_width)
    total = sum(counts.values())
    active = sum(1 for c in counts.values() if c)
    lines.append(f"{indent}{total} answers on {active} of {len(days)} days")
    return lines


def render_forecast(
    forecast: Forecast, *, height: int = 5, max_width: int | None = None
) -> list[str]:
    """A bar chart of the reviews due each day (today first), with its scale and totals.

    Days are two columns apart; within ``max_width`` columns, if that is too wide, they stand
    side by side (and only the first days that fit are drawn), and the totals line wraps.
    """
    values = [d.due for d in forecast.days]
    busiest = max(values, default=0)
    lines: list[str] = []
    label_width = len(str(busiest))
    room = None if max_width is None else max(1, max_width - label_width - 2)
    step = 2 if room is None or 2 * len(values) - 1 <= room else 1
    drawn = values if room is None else values[: max(1, room if step == 1 else len(values))]
    for row in reversed(range(height)):
        label = str(busiest) if row == height - 1 else ""
        cells = []
        for value in drawn:
            eighths = round(value / busiest * height * 8) if busiest else 0
            eighths = max(eighths, 1) if value else 0
            filled = eighths - row * 8
            cells.append(" " if filled <= 0 else _EIGHTHS[min(filled, 8) - 1])
        lines.append(f"{label:>{label_width}} ┤" + (" " * (step - 1)).join(cells).rstrip())
    axis_width = step * len(drawn) - (step - 1)
    lines.append(f"{0:>{label_width}} └" + "─" * axis_width)
    tick_room = axis_width + 2 if room is None else min(axis_width + 2, room)
    ticks = [" "] * axis_width
    for offset, text in ((0, "today"), (7, "+7d"), (14, "+14d"), (21, "+21d"), (28, "+28d")):
        column = step * offset
        if column + len(text) <= tick_room:
            ticks[column : column + len(text)] = list(text)
    lines.append(" " * (label_width + 2) + "".join(ticks).rstrip())
    week = sum(values[:7])
    overdue = f" ({forecast.overdue} overdue)" if forecast.overdue else ""
    totals = [
        f"Due today: {values[0] if values else 0}{overdue}",
        f"next 7 days: {week}",
        f"next {len(values)} days: {sum(values)}",
    ]
    lines += wrap_parts(totals, " · ", indent="", max_width=max_width)
    return lines


def render_retention(weeks: Sequence[WeekRetention], *, width: int = 20) -> list[str]:
    """One line per week: a bar of the share of review answers right, the percentage, counts."""
    lines = []
    for week in weeks:
        start = f"{_MONTHS[week.week_start.month - 1]} {week.week_start.day:>2}"
        if week.retention is None:
            lines.append(f"{start}  {'·' * width}     no reviews")
            continue
        filled = round(week.retention * width)
        bar = "█" * filled + "·" * (width - filled)
        lines.append(
            f"{start}  {bar}  {math.floor(week.retention * 100 + 0.5):>3}%  ({week.correct}/{week.reviews})"
        )
    return lines
