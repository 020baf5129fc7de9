"""A simulated learner whose memory follows known FSRS parameters, studying on the app's schedule.

The app schedules with the default parameters (as a new FactDeck does); whether each answer is
recalled is drawn from the learner's true memory (``TRUE_PARAMETERS``), tracked by a second
``fsrs`` scheduler. A fit of the resulting history should therefore move from the defaults
toward the true parameters. Seeded: the same arguments always give the same history.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import fsrs
from fsrs import Card, Rating
from fsrs.scheduler import DEFAULT_PARAMETERS

from factdeck.progress import AnswerRecord
from factdeck.study.memory import card_id_for

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

TRUE_PARAMETERS = (
    1.2,  # initial stability after Again (default 0.21 days)
    4.0,  # ... after Hard (default 1.29)
    9.0,  # ... after Good (default 2.31)
    20.0,  # ... after Easy (default 8.30)
    *DEFAULT_PARAMETERS[4:8],
    1.2,  # how much a recalled review strengthens the memory (default 1.87)
    *DEFAULT_PARAMETERS[9:],
)
"""A learner who keeps a first impression far longer than the average learner, but gains less
from each later review."""

FIRST_RATINGS = ([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy], [0.2, 0.15, 0.5, 0.15])
RECALLED_RATINGS = ([Rating.Hard, Rating.Good, Rating.Easy], [0.15, 0.75, 0.10])


def synthetic_answers(
    *,
    facts: int,
    new_per_day: int,
    days: int,
    true_parameters: tuple[float, ...] = TRUE_PARAMETERS,
    seed: int = 7,
    start: datetime = START,
) -> list[AnswerRecord]:
    """The flashcard answers of ``days`` of study, one session a day at 9:00 UTC."""
    rng = random.Random(seed)
    app = fsrs.Scheduler(enable_fuzzing=False)
    truth = fsrs.Scheduler(parameters=true_parameters, enable_fuzzing=False)
    scheduled: dict[str, Card] = {}
    true_cards: dict[str, Card] = {}
    answers: list[AnswerRecord] = []
    fact_ids = [f"fact{n:05d}" for n in range(facts)]
    for day in range(days):
        session = start + timedelta(days=day)
        day_end = session + timedelta(hours=15)
        for fact_id in fact_ids[day * new_per_day : (day + 1) * new_per_day]:
            scheduled[fact_id] = Card(card_id=card_id_for(fact_id), due=session)
            true_cards[fact_id] = Card(card_id=card_id_for(fact_id), due=session)
        moment = session
        for fact_id, card in list(scheduled.items()):
            while card.due <= day_end:
                moment = max(moment, card.due) + timedelta(seconds=20)
                if card.last_review is None:
                    rating = rng.choices(*FIRST_RATINGS)[0]
                elif rng.random() < truth.get_card_retrievability(true_cards[fact_id], moment):
                    rating = rng.choices(*RECALLED_RATINGS)[0]
                else:
                    rating = Rating.Again
                card = app.review_card(card, rating, moment)[0]
                true_cards[fact_id] = truth.review_card(true_cards[fact_id], rating, moment)[0]
                answers.append(
                    AnswerRecord(
                        len(answers) + 1,
                        f"{fact_id}.typed",
                        fact_id,
                        "flashcard",
                        None,
                        rating != Rating.Again,
                        5.0,
                        False,
                        False,
                        False,
                        int(rating),
                        None,
                        None,
                        moment,
                    )
                )
            scheduled[fact_id] = card
    return answers
