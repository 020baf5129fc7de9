"""The learner's statistics, computed from plain inputs (``factdeck.ui.stats_text`` draws them).

:func:`compute_stats` is pure: the bank, the answer log, the fact memories, the sessions, the
current time and the local calendar in, a :class:`Stats` out. ``Stats.model_dump(mode="json")``
is what ``factdeck stats --json`` prints.

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
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from heapq import nsmallest
from itertools import compress, count, islice, repeat
from operator import gt, itemgetter, not_
from typing import Any, Literal, NamedTuple, TypeGuard, TypeVar

import fsrs
from pydantic import BaseModel, ConfigDict

from factdeck.bank import Bank
from factdeck.progress import AnswerColumns, SessionRecord
from factdeck.progress.records import from_utc_micros, utc_micros
from factdeck.study.clock import DEFAULT_ROLLOVER_HOUR, day_start, local_zone, study_day
from factdeck.study.quiz import speed_points

HEATMAP_DAYS = 365
FORECAST_DAYS = 30
RETENTION_WEEKS = 12
HARDEST_COUNT = 10

_T = TypeVar("_T")


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


def _instant(value: object) -> datetime | None:
    """A timezone-aware instant saved as ISO text; None for anything else."""
    if type(value) is not str:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


class StatsMemory(NamedTuple):
    """What the statistics read of a fact's saved memory (``factdeck.study.memory``'s dict).

    Of its card, only what the figures use: when it is due, and its last review and stability
    (its predicted recall). A long history has ten thousand memories: building an ``fsrs.Card``
    for each would cost more than all the rest of reading them (and a named tuple is built in
    a fraction of a frozen dataclass's time).

    Read leniently: a value of the wrong type reads as its default, an unreadable card as one
    never scheduled.
    """

    due: datetime | None
    """When the scheduled card is due; None while never scheduled (or unreadable)."""
    last_review: datetime | None = None
    """The scheduled card's last review (None exactly when ``due`` is)."""
    stability: float = 0.0
    """The scheduled card's FSRS stability, in days (positive when ``due`` is set)."""
    lapses: int = 0
    leech: bool = False
    suspended: bool = False
    buried_until: date | None = None
    flagged_wrong: bool = False
    flag_note: str | None = None

    @classmethod
    def from_stored(cls, memory: Mapping[str, object]) -> StatsMemory:
        """Read a saved memory dict (``ProgressStore.decoded_fact_states`` gives it).

        A card counts as scheduled when its state is one of FSRS's and it has a positive
        stability and timezone-aware ``due`` and ``last_review`` times.
        """
        card = memory.get("card")
        due = last_review = None
        stability = 0.0
        if type(card) is dict and card.get("state") in _CARD_STATES:
            number = card.get("stability")
            if isinstance(number, int | float) and not isinstance(number, bool) and number > 0:
                due, last_review = _instant(card.get("due")), _instant(card.get("last_review"))
                stability = float(number)
            if due is None or last_review is None:
                due = last_review = None
        lapses, note = memory.get("lapses"), memory.get("flag_note")
        return cls(
            due,
            last_review,
            stability,
            lapses if type(lapses) is int else 0,
            bool(memory.get("leech")),
            bool(memory.get("suspended")),
            _date(memory.get("buried_until")),
            bool(memory.get("flagged_wrong")),
            note if type(note) is str else None,
        )


_CARD_STATES = frozenset(int(state) for state in fsrs.State)
"""The card states FSRS knows (as saved: their numbers)."""


def _recall(memories: Iterable[tuple[str, StatsMemory]], now: datetime) -> dict[str, float]:
    """FSRS's predicted recall at ``now`` of each scheduled memory of ``memories``, by fact id.

    Worked out by ``fsrs.Scheduler().get_card_retrievability``, given one card whose last
    review and stability are set to each memory's in turn (what that method reads of a card):
    the very figures FSRS gives, without a card built per fact.
    """
    scheduler = fsrs.Scheduler()
    probe = fsrs.Card(card_id=0, due=now)
    recall: dict[str, float] = {}
    for fact_id, memory in memories:
        if memory.last_review is not None:
            probe.last_review, probe.stability = memory.last_review, memory.stability
            recall[fact_id] = scheduler.get_card_retrievability(probe, now)
    return recall


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
        forms = bank.questions_by_fact
        self.ids = bank.fact_ids
        self.topics: dict[str, list[str]] = {}
        self.documents: dict[str, str] = {}
        self.labels: dict[str, str] = {f.id: f.statement for f in bank.facts}
        facts = {f.id: f for f in bank.facts}
        for fact_id in self.ids:
            fact = facts.get(fact_id)
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
    memories: Mapping[str, StatsMemory],
    scheduled: Iterable[str],
    today: date,
    tz: tzinfo | None,
    rollover_hour: int,
) -> Forecast:
    """The due forecast of the facts ``scheduled`` (each has a card in ``memories``).

    Only the cards due within the forecast's days are placed on a study day: one due before
    today's beginning is overdue (unless buried until today or later), one due after its last
    day is not shown.
    """
    zone = tz or local_zone()
    begins = day_start(today, rollover_hour, zone)
    ends = day_start(today + timedelta(days=FORECAST_DAYS), rollover_hour, zone)
    per_day: Counter[date] = Counter()
    overdue = 0
    within: list[tuple[datetime, date | None]] = []
    for fact_id in scheduled:
        memory = memories[fact_id]
        due = memory.due
        if due is None or due >= ends or memory.suspended or memory.flagged_wrong:
            continue
        buried = memory.buried_until
        if due >= begins:
            within.append((due, buried))
        elif buried is not None and buried >= today:
            per_day[buried] += 1
        else:
            overdue += 1
    within.sort(key=itemgetter(0))
    for (_, buried), day in zip(
        within, _study_days(map(itemgetter(0), within), rollover_hour, zone), strict=True
    ):
        per_day[day if buried is None else max(day, buried)] += 1
    per_day[today] += overdue
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
    memories: Mapping[str, StatsMemory], index: _FactIndex, in_bank: set[str]
) -> list[SetAside]:
    rows: list[SetAside] = []
    for fact_id, memory in memories.items():
        if not (memory.suspended or memory.flagged_wrong):
            continue
        reasons: list[tuple[SetAsideReason, str | None]] = []
        if memory.suspended:
            reasons.append(("leech" if memory.leech else "suspended", None))
        if memory.flagged_wrong:
            note = memory.flag_note
            reasons.append(("reported", note if note is not None and note.strip() else None))
        rows.extend(
            SetAside(
                fact_id=fact_id,
                label=index.label(fact_id),
                in_bank=fact_id in in_bank,
                reason=reason,
                note=note,
                lapses=memory.lapses,
            )
            for reason, note in reasons
        )
    rows.sort(key=lambda r: (_REASON_ORDER[r.reason], -r.lapses, r.fact_id))
    return rows


def _session_deck(session: SessionRecord) -> str | None:
    """The deck a session names in its settings; None for a session saved before they did."""
    deck = session["settings"].get("deck")
    return deck if isinstance(deck, str) else None


def _quizzes(
    sessions: Sequence[SessionRecord],
    by_session: Mapping[str | None, list[int]],
    correct: Sequence[bool],
    seconds: Sequence[float],
    deck: str,
    tz: tzinfo | None,
    rollover_hour: int,
) -> list[QuizRecord]:
    """The deck's quizzes; ``by_session``: a quiz's answers, as their places in ``correct`` and
    ``seconds``."""
    records: list[QuizRecord] = []
    for session in sessions:
        if session["kind"] != "quiz" or _session_deck(session) not in (None, deck):
            continue
        settings, summary = session["settings"], session["summary"]
        rows = by_session.get(session["id"], [])
        right = sum(correct[row] for row in rows)
        limit = settings.get("seconds_per_question")
        limit = float(limit) if isinstance(limit, int | float) and limit > 0 else None
        points = summary.get("speed_points")
        if not isinstance(points, int):
            points = sum(speed_points(correct[row], seconds[row], limit) for row in rows)
        total = summary.get("total")
        records.append(
            QuizRecord(
                session_id=session["id"],
                started_at=session["started_at"],
                date=study_day(session["started_at"], rollover_hour, tz),
                finished=session["finished_at"] is not None,
                settings=settings,
                answered=len(rows),
                correct=right,
                total=total if isinstance(total, int) else len(rows),
                accuracy=_share(right, len(rows)),
                speed_points=points,
            )
        )
    records.sort(key=lambda r: (r.started_at, r.session_id), reverse=True)
    return records


def _deck_answers(
    bank: Bank,
    session_ids: Sequence[str | None],
    facts: Sequence[str],
    sessions: Sequence[SessionRecord],
) -> list[bool]:
    """For each answer (in session ``session_ids[i]``, on fact ``facts[i]``), whether it belongs
    to the bank's deck (see "Deck of an answer")."""
    deck_of_session = {s["id"]: _session_deck(s) for s in sessions}
    deck_by_id = {sid: deck_of_session.get(sid) if sid else None for sid in set(session_ids)}
    named = list(map(deck_by_id.__getitem__, session_ids))
    if None not in named:  # every session names its deck: no fact's decks are needed
        return [deck == bank.deck for deck in named]
    if set(deck_by_id.values()) <= {None, bank.deck}:  # no answer is another deck's
        return [True] * len(named)
    decks_of_fact: defaultdict[str, set[str]] = defaultdict(set)
    for fact, deck in zip(facts, named, strict=True):
        if deck is not None:
            decks_of_fact[fact].add(deck)
    bank_facts = set(bank.fact_ids)
    # Facts whose answers in sessions naming no deck are another deck's.
    elsewhere = {
        fact
        for fact, decks in decks_of_fact.items()
        if fact not in bank_facts and bank.deck not in decks
    }
    return [
        fact not in elsewhere if deck is None else deck == bank.deck
        for fact, deck in zip(facts, named, strict=True)
    ]


def _study_days(instants: Iterable[datetime], rollover_hour: int, tz: tzinfo | None) -> list[date]:
    """The study day of each instant, for instants mostly in time order.

    One time-zone conversion per run of instants in the same study day rather than one per
    instant: an instant between the beginning of the previous instant's day and the next day's
    beginning shares its day, since ``day_start(day) <= instant < day_start(day + 1)`` holds for
    every instant's study day.
    """
    zone = tz or local_zone()
    days: list[date] = []
    append = days.append
    begins = ends = datetime.min.replace(tzinfo=UTC)
    day = date.min
    for instant in instants:
        if not begins <= instant < ends:
            day = study_day(instant, rollover_hour, zone)
            begins = day_start(day, rollover_hour, zone)
            ends = day_start(day + timedelta(days=1), rollover_hour, zone)
        append(day)
    return days


def _reordered(column: list[_T], order: list[int] | None) -> list[_T]:
    """``column`` in ``order`` (its places, in the order wanted); as it is when None."""
    return column if order is None else [column[place] for place in order]


def _all_named(fact_ids: list[str | None]) -> TypeGuard[list[str]]:
    """Whether every answer names its fact (as every answer saved since facts were has)."""
    return None not in fact_ids and "" not in fact_ids


def _days_in_order(micros: Sequence[int], rollover_hour: int, tz: tzinfo | None) -> list[date]:
    """The study day of each instant of ``micros`` (UTC microseconds, in ascending order).

    One time-zone conversion and one binary search per study day: the instants of a day are
    those from the first one on up to the next day's beginning (see :func:`_study_days`).
    """
    zone = tz or local_zone()
    days: list[date] = []
    start, count = 0, len(micros)
    while start < count:
        day = study_day(from_utc_micros(micros[start]), rollover_hour, zone)
        ends = utc_micros(day_start(day + timedelta(days=1), rollover_hour, zone))
        end = max(bisect_left(micros, ends, start), start + 1)
        days.extend(repeat(day, end - start))
        start = end
    return days


def compute_stats(
    bank: Bank,
    answers: AnswerColumns,
    memories: Mapping[str, StatsMemory],
    sessions: Sequence[SessionRecord],
    *,
    now: datetime,
    tz: tzinfo | None = None,
    rollover_hour: int = DEFAULT_ROLLOVER_HOUR,
) -> Stats:
    """Every statistic, from the learner's history at ``now`` (timezone-aware UTC).

    Args:
        bank: the deck; facts and questions no longer in it still count where possible.
        answers: the answer log (``ProgressStore.answer_columns()``), in any order.
        memories: fact id → memory (``ProgressStore.decoded_fact_states`` of
            :meth:`StatsMemory.from_stored`).
        sessions: ``ProgressStore.sessions()``; a finished quiz's ``total`` and
            ``speed_points`` come from its summary, an abandoned quiz's speed points are worked
            out from its answers.
        now: the current instant, timezone-aware.
        tz: the learner's local time zone (None: the system's).
        rollover_hour: the local hour at which a new study day begins.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    today = study_day(now, rollover_hour, tz)

    fact_of_question = {q.id: q.fact_id for q in bank.questions}
    at = answers.at_us
    order = None
    if any(map(gt, at, islice(at, 1, None))):  # not in time order (a clock was set back)
        order = sorted(range(len(at)), key=at.__getitem__)
    at = _reordered(at, order)
    correct = _reordered(answers.correct, order)
    all_days = _days_in_order(at, rollover_hour, tz)
    fact_ids = _reordered(answers.fact_id, order)
    facts = (
        fact_ids
        if _all_named(fact_ids)
        else [
            fact_id or fact_of_question.get(question_id, question_id)
            for fact_id, question_id in zip(
                fact_ids, _reordered(answers.question_id, order), strict=True
            )
        ]
    )
    session_ids = _reordered(answers.session_id, order)
    deck_answers = _deck_answers(bank, session_ids, facts, sessions)
    all_per_day = Counter(all_days)
    all_correct = sum(correct)
    all_count = len(correct)

    # The deck's answers, in time order (so their study days ascend too).
    seconds = _reordered(answers.seconds, order)
    days = all_days
    if not all(deck_answers):
        facts = list(compress(facts, deck_answers))
        days = list(compress(days, deck_answers))
        correct = list(compress(correct, deck_answers))
        seconds = list(compress(seconds, deck_answers))
        session_ids = list(compress(session_ids, deck_answers))
    per_day = all_per_day if days is all_days else Counter(days)
    answered: Counter[str] = Counter(facts)
    wrong: Counter[str] = Counter(compress(facts, map(not_, correct)))
    total_correct, deck_count = sum(correct), len(correct)
    # Each fact's first study day: of reversed pairs, the earliest is written last.
    first_day = dict(zip(reversed(facts), reversed(days), strict=True))
    quiz_ids = {s["id"] for s in sessions if s["kind"] == "quiz"}
    by_session: defaultdict[str | None, list[int]] = defaultdict(list)  # quizzes' answers
    for row in compress(count(), map(quiz_ids.__contains__, session_ids)):
        by_session[session_ids[row]].append(row)
    week_starts = [
        today - timedelta(days=today.weekday() + 7 * back)
        for back in reversed(range(RETENTION_WEEKS))
    ]
    # Review answers (see "Review answer") of each week shown, and the right ones among them.
    shown_from = bisect_left(days, week_starts[0])
    review = list(map(gt, days[shown_from:], map(first_day.__getitem__, facts[shown_from:])))
    weeks: dict[date, tuple[int, int]] = {}
    for start in week_starts:
        begin = bisect_left(days, start)
        end = bisect_left(days, start + timedelta(days=7))
        flags = review[begin - shown_from : end - shown_from]
        weeks[start] = (sum(flags), sum(compress(correct[begin:end], flags)))
    today_from, today_to = bisect_left(days, today), bisect_right(days, today)
    today_count = today_to - today_from
    today_correct = sum(correct[today_from:today_to])
    today_seconds = math.fsum(seconds[today_from:today_to])

    index = _FactIndex(bank)
    bank_facts = index.ids

    recall = _recall(
        ((f, memory) for f in bank_facts if (memory := memories.get(f)) is not None), now
    )

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
    lapses = {fact_id: memory.lapses for fact_id, memory in memories.items()}
    hard_ids = nsmallest(
        HARDEST_COUNT,
        (f for f in set(wrong) | set(lapses) if wrong[f] or lapses[f]),
        key=lambda f: (-wrong[f], -lapses.get(f, 0), f),
    )
    return Stats(
        generated_at=now,
        rollover_hour=rollover_hour,
        deck=bank.deck,
        today=TodayStats(
            date=today,
            answered=today_count,
            correct=today_correct,
            accuracy=_share(today_correct, today_count),
            seconds=round(today_seconds, 3),
        ),
        totals=Totals(
            answered=deck_count,
            correct=total_correct,
            accuracy=_share(total_correct, deck_count),
            study_days=len(per_day),
            facts_in_bank=len(bank_facts),
            facts_seen=sum(1 for f in bank_facts if answered[f]),
        ),
        all_decks=AllDecks(
            answered=all_count,
            correct=all_correct,
            accuracy=_share(all_correct, all_count),
            study_days=len(all_per_day),
            streak=_streak(set(all_per_day), today),
            heatmap=[
                DayCount(date=day, answers=all_per_day[day])
                for day in (today - timedelta(days=back) for back in reversed(range(HEATMAP_DAYS)))
            ],
        ),
        forecast=_forecast(memories, recall, today, tz, rollover_hour),
        retention=[
            WeekRetention(
                week_start=start,
                reviews=reviews,
                correct=right,
                retention=_share(right, reviews),
            )
            for start, (reviews, right) in weeks.items()
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
                leech=f in memories and memories[f].leech,
            )
            for f in hard_ids
        ],
        leeches=[
            Leech(
                fact_id=f,
                label=index.label(f),
                in_bank=f in in_bank,
                lapses=lapses.get(f, 0),
                suspended=memories[f].suspended,
            )
            for f in sorted(
                (f for f, m in memories.items() if m.leech),
                key=lambda f: (-lapses.get(f, 0), f),
            )
        ],
        set_aside=_set_aside(memories, index, in_bank),
        quizzes=_quizzes(sessions, by_session, correct, seconds, bank.deck, tz, rollover_hour),
    )
