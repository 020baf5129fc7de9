"""The learner's statistics, computed from plain inputs, and drawn as plain text.

:func:`compute_stats` is pure: the bank, the answer log, the fact memories, the sessions, the
current time and the local calendar in, a :class:`Stats` out. ``Stats.model_dump(mode="json")``
is what ``factdeck stats --json`` prints. The renderers at the end return lists of strings that
read without colour, so the UI only has to show them.

Definitions used throughout:

- **Study day**: answers belong to the local calendar day they were given on, where a day starts
  at ``rollover_hour`` (4 means an answer at 01:30 counts for the day before, as in Anki).
- **Fact of an answer**: the answer's ``fact_id``; without one, the fact of the question in the
  bank; for a question that left the bank without a recorded fact, the question id itself.
  So answers to questions no longer in the bank still count wherever their fact is known.
- **Review answer** (for true retention): an answer to a fact that already had an answer on an
  earlier study day, in any mode. First encounters and same-day repeats (learning steps, drilling
  a miss right after making it) are not reviews; this mirrors Anki's true retention, which
  counts only answers to cards that had left the learning phase.
- **Deck of an answer**: statistics are those of the bank's deck. An answer belongs to the deck
  its session names (every session since sessions named their deck does). An answer whose
  session names no deck (older saves) belongs to this deck unless its fact is known, from
  answers in sessions that name one, to be another deck's only. So a profile that studies two
  decks sees each deck's own figures, while history from before decks were named still counts.
  Facts outside the bank appear (as no longer in the bank) only through answers of this deck.
  The **all-decks** figures (``all_decks``: streak, heatmap and totals) count every answer of the
  profile, as a learner's daily habit spans decks.
- **Streak**: consecutive study days with at least one answer. The current streak ends today,
  or yesterday while nothing has been answered yet today (it is not lost before the day ends).
- **Facts** in mastery figures are the bank's facts that have questions; a fact's topics are its
  own (else those of its questions), its document is its source's. **Seen** means answered at
  least once. **Mean predicted recall** is FSRS's retrievability now
  (``fsrs.Scheduler().get_card_retrievability``), averaged over the facts that have been
  scheduled (a card with a last review); None when none has.
- **Due forecast**: for each of the next 30 study days, the bank's scheduled facts whose card is
  due that day (a buried fact counts from its ``buried_until`` day); cards already overdue count
  today. Suspended facts and facts flagged as wrong are never shown, so they are left out.
- **Set aside**: facts kept out of study until the learner restores them: suspended ones
  (``leech`` when the fact is a leech, else ``suspended``) and those reported as wrong
  (``reported``, with the report's note). A fact both suspended and reported is listed once for
  each reason, since each is restored on its own. A buried fact comes back by itself, and a
  leech that was unsuspended is studied again: neither is set aside.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, Literal, Protocol

import fsrs
from pydantic import BaseModel, ConfigDict

from factdeck.bank import Bank, Question
from factdeck.study.clock import DEFAULT_ROLLOVER_HOUR, study_day
from factdeck.study.quiz import speed_points

HEATMAP_DAYS = 365
FORECAST_DAYS = 30
RETENTION_WEEKS = 12
HARDEST_COUNT = 10


class AnswerLike(Protocol):
    """What statistics read from an answer record (``factdeck.progress.AnswerRecord``)."""

    @property
    def question_id(self) -> str: ...
    @property
    def fact_id(self) -> str | None: ...
    @property
    def mode(self) -> str: ...
    @property
    def correct(self) -> bool: ...
    @property
    def seconds(self) -> float: ...
    @property
    def session_id(self) -> str | None: ...
    @property
    def at(self) -> datetime: ...


class _Figures(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TodayStats(_Figures):
    date: date
    """Today's study day."""
    answered: int
    correct: int
    accuracy: float | None
    """Share of today's answers that were right; None before the first answer."""
    seconds: float
    """Time spent answering today (the sum of the answers' times)."""


class StreakStats(_Figures):
    current: int
    """Study days in a row up to today (or yesterday, while today has no answer yet)."""
    longest: int
    studied_today: bool


class Totals(_Figures):
    answered: int
    correct: int
    accuracy: float | None
    study_days: int
    facts_in_bank: int
    facts_seen: int
    """Facts of the bank answered at least once."""


class DayCount(_Figures):
    date: date
    answers: int


class AllDecks(_Figures):
    """The profile's activity over every deck it studied (each answer once)."""

    answered: int
    correct: int
    accuracy: float | None
    study_days: int
    streak: StreakStats
    """Study days in a row, counting an answer in any deck."""
    heatmap: list[DayCount]
    """The last 365 study days, oldest first, ending today, answers of every deck."""


class DayDue(_Figures):
    date: date
    due: int


class Forecast(_Figures):
    overdue: int
    """Facts due before today (included in today's count)."""
    days: list[DayDue]
    """The next 30 study days, today first."""


class WeekRetention(_Figures):
    week_start: date
    """The Monday the week starts on (study days)."""
    reviews: int
    correct: int
    retention: float | None
    """Share of the week's review answers that were right; None without reviews."""


class Mastery(_Figures):
    key: str
    """The topic, or the document's id."""
    name: str
    """The topic, or the document's title."""
    facts: int
    seen: int
    seen_share: float
    answers: int
    misses: int
    """Wrong answers on these facts, all time."""
    mean_recall: float | None


class HardFact(_Figures):
    fact_id: str
    label: str | None
    """The fact's statement (or a question's prompt); None when it left the bank."""
    in_bank: bool
    answers: int
    wrong: int
    lapses: int
    leech: bool


class Leech(_Figures):
    fact_id: str
    label: str | None
    in_bank: bool
    lapses: int
    suspended: bool


SetAsideReason = Literal["leech", "suspended", "reported"]
"""Why a fact is out of study: a suspended leech, suspended by the learner, reported as wrong."""

_REASON_ORDER: dict[SetAsideReason, int] = {"leech": 0, "suspended": 1, "reported": 2}


class SetAside(_Figures):
    fact_id: str
    label: str | None
    """The fact's statement (or a question's prompt); None when it left the bank."""
    in_bank: bool
    reason: SetAsideReason
    note: str | None
    """The note of a ``reported`` fact's report, if it has one; else None."""
    lapses: int


class QuizRecord(_Figures):
    session_id: str
    started_at: datetime
    date: date
    finished: bool
    settings: dict[str, Any]
    answered: int
    correct: int
    """The score: right answers, out of ``total`` questions."""
    total: int
    accuracy: float | None
    speed_points: int


class Stats(_Figures):
    """Every figure of the statistics screen; ``model_dump(mode="json")`` is the JSON output."""

    generated_at: datetime
    rollover_hour: int
    deck: str
    """The deck these figures are of (all but ``all_decks``)."""
    today: TodayStats
    totals: Totals
    all_decks: AllDecks
    """Streak, heatmap and totals over every deck of the profile."""
    forecast: Forecast
    retention: list[WeekRetention]
    """The last 12 weeks, oldest first, ending with the current week."""
    topics: list[Mastery]
    documents: list[Mastery]
    hardest: list[HardFact]
    """Up to 10 facts with wrong answers or lapses: most wrong first, then most lapses."""
    leeches: list[Leech]
    """Every leech, suspended or back in study: most lapses first."""
    set_aside: list[SetAside]
    """Every fact kept out of study until restored: leeches, then the other suspended facts,
    then those reported as wrong; most lapses first, then by fact id."""
    quizzes: list[QuizRecord]
    """Every quiz of the deck (and those saved before quizzes named their deck), newest
    first."""


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _card(memory: Mapping[str, Any] | None) -> fsrs.Card | None:
    """The scheduled card in a memory dict, or None (never scheduled, or unreadable)."""
    if not memory or not isinstance(memory.get("card"), Mapping):
        return None
    try:
        card = fsrs.Card.from_dict(memory["card"])
    except (KeyError, TypeError, ValueError):
        return None
    if card.due.tzinfo is None or card.last_review is None or card.last_review.tzinfo is None:
        return None
    return card if card.stability is not None else None


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _run_lengths(days: Iterable[date]) -> list[tuple[date, int]]:
    """Runs of consecutive days, as (last day, length), in order."""
    runs: list[tuple[date, int]] = []
    for day in sorted(set(days)):
        if runs and runs[-1][0] == day - timedelta(days=1):
            runs[-1] = (day, runs[-1][1] + 1)
        else:
            runs.append((day, 1))
    return runs


def _streak(days: set[date], today: date) -> StreakStats:
    runs = _run_lengths(days)
    current = 0
    for last, length in runs:
        if last in (today, today - timedelta(days=1)):
            current = length
    return StreakStats(
        current=current,
        longest=max((length for _, length in runs), default=0),
        studied_today=today in days,
    )


class _FactIndex:
    """The bank's facts with their topics, documents and labels, computed once."""

    def __init__(self, bank: Bank) -> None:
        forms: defaultdict[str, list[Question]] = defaultdict(list)
        for question in bank.questions:
            forms[question.fact_id].append(question)
        self.ids = bank.fact_ids
        self.topics: dict[str, list[str]] = {}
        self.documents: dict[str, str] = {}
        self.labels: dict[str, str] = {f.id: f.statement for f in bank.facts}
        for fact_id in self.ids:
            fact = bank.fact(fact_id)
            first = forms[fact_id][0]
            own = fact.topics if fact is not None and fact.topics else []
            topics = own or [t for q in forms[fact_id] for t in q.topics]
            self.topics[fact_id] = list(dict.fromkeys(topics))
            self.documents[fact_id] = (fact or first).source.document
            self.labels.setdefault(fact_id, first.prompt)

    def label(self, fact_id: str) -> str | None:
        """The fact's statement, or its first question's prompt; None when it left the bank."""
        return self.labels.get(fact_id)


def _forecast(
    cards: Mapping[str, fsrs.Card],
    memories: Mapping[str, Mapping[str, Any]],
    today: date,
    tz: tzinfo | None,
    rollover_hour: int,
) -> Forecast:
    per_day: Counter[date] = Counter()
    overdue = 0
    for fact_id, card in cards.items():
        memory = memories[fact_id]
        if memory.get("suspended") or memory.get("flagged_wrong"):
            continue
        day = study_day(card.due, rollover_hour, tz)
        buried_until = _date(memory.get("buried_until"))
        if buried_until is not None:
            day = max(day, buried_until)
        if day < today:
            overdue += 1
            day = today
        per_day[day] += 1
    days = [today + timedelta(days=offset) for offset in range(FORECAST_DAYS)]
    return Forecast(overdue=overdue, days=[DayDue(date=d, due=per_day[d]) for d in days])


def _mastery(
    groups: Mapping[str, list[str]],
    names: Mapping[str, str],
    answers: Counter[str],
    wrong: Counter[str],
    recall: Mapping[str, float],
) -> list[Mastery]:
    rows: list[Mastery] = []
    for key in sorted(groups, key=lambda k: (names[k].casefold(), k)):
        facts = groups[key]
        seen = sum(1 for f in facts if answers[f])
        recalls = [recall[f] for f in facts if f in recall]
        rows.append(
            Mastery(
                key=key,
                name=names[key],
                facts=len(facts),
                seen=seen,
                seen_share=round(seen / len(facts), 4),
                answers=sum(answers[f] for f in facts),
                misses=sum(wrong[f] for f in facts),
                mean_recall=round(math.fsum(recalls) / len(recalls), 4) if recalls else None,
            )
        )
    return rows


def _set_aside(
    memories: Mapping[str, Mapping[str, Any]],
    index: _FactIndex,
    in_bank: set[str],
    lapses: Mapping[str, int],
) -> list[SetAside]:
    rows: list[SetAside] = []
    for fact_id, memory in memories.items():
        reasons: list[tuple[SetAsideReason, str | None]] = []
        if memory.get("suspended"):
            reasons.append(("leech" if memory.get("leech") else "suspended", None))
        if memory.get("flagged_wrong"):
            note = memory.get("flag_note")
            reasons.append(("reported", note if isinstance(note, str) and note.strip() else None))
        rows.extend(
            SetAside(
                fact_id=fact_id,
                label=index.label(fact_id),
                in_bank=fact_id in in_bank,
                reason=reason,
                note=note,
                lapses=lapses.get(fact_id, 0),
            )
            for reason, note in reasons
        )
    rows.sort(key=lambda r: (_REASON_ORDER[r.reason], -r.lapses, r.fact_id))
    return rows


def _session_deck(session: Mapping[str, Any]) -> str | None:
    """The deck a session names in its settings; None for a session saved before they did."""
    settings = session.get("settings")
    deck = settings.get("deck") if isinstance(settings, Mapping) else None
    return deck if isinstance(deck, str) else None


def _quizzes(
    sessions: Sequence[Mapping[str, Any]],
    by_session: Mapping[str, list[AnswerLike]],
    deck: str,
    tz: tzinfo | None,
    rollover_hour: int,
) -> list[QuizRecord]:
    records: list[QuizRecord] = []
    for session in sessions:
        started_at = session.get("started_at")
        if session.get("kind") != "quiz" or not isinstance(started_at, datetime):
            continue
        if _session_deck(session) not in (None, deck):
            continue
        session_id = str(session.get("id"))
        settings = session.get("settings")
        settings = dict(settings) if isinstance(settings, Mapping) else {}
        answers = by_session.get(session_id, [])
        correct = sum(1 for a in answers if a.correct)
        limit = settings.get("seconds_per_question")
        limit = float(limit) if isinstance(limit, int | float) and limit > 0 else None
        points = session.get("speed_points")
        if not isinstance(points, int):
            points = sum(speed_points(a.correct, a.seconds, limit) for a in answers)
        total = session.get("total")
        records.append(
            QuizRecord(
                session_id=session_id,
                started_at=started_at,
                date=study_day(started_at, rollover_hour, tz),
                finished=session.get("finished_at") is not None,
                settings=settings,
                answered=len(answers),
                correct=correct,
                total=total if isinstance(total, int) else len(answers),
                accuracy=_share(correct, len(answers)),
                speed_points=points,
            )
        )
    records.sort(key=lambda r: (r.started_at, r.session_id), reverse=True)
    return records


def _deck_answers(
    bank: Bank,
    answers: Sequence[AnswerLike],
    sessions: Sequence[Mapping[str, Any]],
    fact_of: Callable[[AnswerLike], str],
) -> list[bool]:
    """For each answer, whether it belongs to the bank's deck (see "Deck of an answer")."""
    deck_of_session = {str(s.get("id")): _session_deck(s) for s in sessions}
    bank_facts = set(bank.fact_ids)
    decks_of_fact: defaultdict[str, set[str]] = defaultdict(set)
    for answer in answers:
        named = deck_of_session.get(str(answer.session_id))
        if named is not None:
            decks_of_fact[fact_of(answer)].add(named)
    mine: list[bool] = []
    for answer in answers:
        named = deck_of_session.get(str(answer.session_id))
        if named is not None:
            mine.append(named == bank.deck)
        else:
            fact = fact_of(answer)
            decks = decks_of_fact.get(fact)
            mine.append(fact in bank_facts or not decks or bank.deck in decks)
    return mine


def compute_stats(
    bank: Bank,
    answers: Sequence[AnswerLike],
    memories: Mapping[str, Mapping[str, Any]],
    sessions: Sequence[Mapping[str, Any]],
    *,
    now: datetime,
    tz: tzinfo | None = None,
    rollover_hour: int = DEFAULT_ROLLOVER_HOUR,
) -> Stats:
    """Every statistic, from the learner's history at ``now`` (timezone-aware UTC).

    Args:
        bank: the deck; facts and questions no longer in it still count where possible.
        answers: the answer log (``ProgressStore.answers()``), in any order.
        memories: fact id → memory dict (``ProgressStore.fact_states()``).
        sessions: ``ProgressStore.sessions()``: dicts with ``id``, ``kind``, ``settings``,
            ``started_at``/``finished_at`` (UTC datetimes) and the summary's fields; a finished
            quiz's ``total`` and ``speed_points`` come from there, an abandoned quiz's speed
            points are worked out from its answers.
        now: the current instant, timezone-aware.
        tz: the learner's local time zone (None: the system's).
        rollover_hour: the local hour at which a new study day begins.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    today = study_day(now, rollover_hour, tz)

    fact_of_question = {q.id: q.fact_id for q in bank.questions}

    def fact_of(answer: AnswerLike) -> str:
        if answer.fact_id:
            return answer.fact_id
        return fact_of_question.get(answer.question_id, answer.question_id)

    all_ordered = sorted(answers, key=lambda a: a.at)
    all_days = [study_day(a.at, rollover_hour, tz) for a in all_ordered]
    deck_answers = _deck_answers(bank, all_ordered, sessions, fact_of)
    all_per_day = Counter(all_days)
    all_correct = sum(1 for a in all_ordered if a.correct)

    per_day: Counter[date] = Counter()
    answered: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    first_day: dict[str, date] = {}
    by_session: defaultdict[str, list[AnswerLike]] = defaultdict(list)
    today_answers: list[AnswerLike] = []
    weeks: defaultdict[date, list[bool]] = defaultdict(list)
    ordered = [a for a, mine in zip(all_ordered, deck_answers, strict=True) if mine]
    days_of = [day for day, mine in zip(all_days, deck_answers, strict=True) if mine]
    for answer, day in zip(ordered, days_of, strict=True):
        fact = fact_of(answer)
        first_day.setdefault(fact, day)
        per_day[day] += 1
        answered[fact] += 1
        wrong[fact] += not answer.correct
        if answer.session_id is not None:
            by_session[answer.session_id].append(answer)
        if day == today:
            today_answers.append(answer)
        if day > first_day[fact]:
            weeks[day - timedelta(days=day.weekday())].append(answer.correct)

    today_correct = sum(1 for a in today_answers if a.correct)
    total_correct = sum(1 for a in ordered if a.correct)
    index = _FactIndex(bank)
    bank_facts = index.ids

    scheduler = fsrs.Scheduler()
    cards: dict[str, fsrs.Card] = {}
    recall: dict[str, float] = {}
    for fact_id in bank_facts:
        card = _card(memories.get(fact_id))
        if card is not None:
            cards[fact_id] = card
            recall[fact_id] = scheduler.get_card_retrievability(card, now)

    topic_groups: defaultdict[str, list[str]] = defaultdict(list)
    document_groups: defaultdict[str, list[str]] = defaultdict(list)
    for fact_id in bank_facts:
        for topic in index.topics[fact_id]:
            topic_groups[topic].append(fact_id)
        document_groups[index.documents[fact_id]].append(fact_id)
    titles = {d.id: d.title for d in bank.sources}
    document_names = {key: titles.get(key, key) for key in document_groups}

    in_bank = set(bank_facts)
    # Facts outside the bank are this deck's only through its answers (another deck's facts
    # share the profile's memories).
    memories = {f: m for f, m in memories.items() if f in in_bank or f in answered}
    lapses = {
        fact_id: int(memory.get("lapses") or 0)
        for fact_id, memory in memories.items()
        if isinstance(memory, Mapping)
    }
    hard_ids = sorted(
        (f for f in set(answered) | set(lapses) if wrong[f] or lapses.get(f, 0)),
        key=lambda f: (-wrong[f], -lapses.get(f, 0), f),
    )[:HARDEST_COUNT]
    week_starts = [
        today - timedelta(days=today.weekday() + 7 * back)
        for back in reversed(range(RETENTION_WEEKS))
    ]
    return Stats(
        generated_at=now,
        rollover_hour=rollover_hour,
        deck=bank.deck,
        today=TodayStats(
            date=today,
            answered=len(today_answers),
            correct=today_correct,
            accuracy=_share(today_correct, len(today_answers)),
            seconds=round(math.fsum(a.seconds for a in today_answers), 3),
        ),
        totals=Totals(
            answered=len(ordered),
            correct=total_correct,
            accuracy=_share(total_correct, len(ordered)),
            study_days=len(per_day),
            facts_in_bank=len(bank_facts),
            facts_seen=sum(1 for f in bank_facts if answered[f]),
        ),
        all_decks=AllDecks(
            answered=len(all_ordered),
            correct=all_correct,
            accuracy=_share(all_correct, len(all_ordered)),
            study_days=len(all_per_day),
            streak=_streak(set(all_per_day), today),
            heatmap=[
                DayCount(date=day, answers=all_per_day[day])
                for day in (today - timedelta(days=back) for back in reversed(range(HEATMAP_DAYS)))
            ],
        ),
        forecast=_forecast(cards, memories, today, tz, rollover_hour),
        retention=[
            WeekRetention(
                week_start=start,
                reviews=len(weeks[start]),
                correct=sum(weeks[start]),
                retention=_share(sum(weeks[start]), len(weeks[start])),
            )
            for start in week_starts
        ],
        topics=_mastery(topic_groups, {t: t for t in topic_groups}, answered, wrong, recall),
        documents=_mastery(document_groups, document_names, answered, wrong, recall),
        hardest=[
            HardFact(
                fact_id=f,
                label=index.label(f),
                in_bank=f in in_bank,
                answers=answered[f],
                wrong=wrong[f],
                lapses=lapses.get(f, 0),
                leech=bool(memories.get(f, {}).get("leech")),
            )
            for f in hard_ids
        ],
        leeches=[
            Leech(
                fact_id=f,
                label=index.label(f),
                in_bank=f in in_bank,
                lapses=lapses.get(f, 0),
                suspended=bool(memories[f].get("suspended")),
            )
            for f in sorted(
                (f for f, m in memories.items() if isinstance(m, Mapping) and m.get("leech")),
                key=lambda f: (-lapses.get(f, 0), f),
            )
        ],
        set_aside=_set_aside(memories, index, in_bank, lapses),
        quizzes=_quizzes(sessions, by_session, bank.deck, tz, rollover_hour),
    )


# Plain-text drawings: readable without colour, at most 66 columns wide (the heatmap and the
# forecast fit a narrower max_width when given one).

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
