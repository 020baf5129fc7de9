"""The store against a naive model: random answers, overrides, undos, states and reopenings.

The model keeps a plain list of answers and computes the missed set from scratch by running the
rules over the answers still standing (overridden ones counted as right): a wrong answer puts
``review_of`` (when given, else its own question) in the set, or restarts its credits; a right
answer credits both its own question and ``review_of``. The store must agree after every step, also after reopening across
log segments and checkpoints.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from progress_helpers import memory

from factdeck.progress import ProgressStore

QUESTIONS = ["a", "b", "c"]
SESSIONS = ["s1", "s2", "s3", None]
START = datetime(2025, 1, 1, tzinfo=UTC)


@dataclass
class Answer:
    id: int
    question_id: str
    correct: bool
    session_id: str | None
    review_of: str | None
    at: datetime
    set_state: bool
    state_before: dict[str, Any] | None
    overridden: bool = False


@dataclass
class Model:
    answers: list[Answer] = field(default_factory=list)
    states: dict[str, dict[str, Any]] = field(default_factory=dict)

    def missed(self) -> dict[str, tuple[int, datetime]]:
        """question → (credits, last missed at), by running the rules from scratch."""
        result = {}
        for question in QUESTIONS:
            entry: tuple[list[str | None], datetime] | None = None
            for answer in self.answers:
                right = answer.correct or answer.overridden
                touches = question in (answer.question_id, answer.review_of)
                about = answer.review_of or answer.question_id
                if not right and question == about:
                    entry = ([], answer.at)
                elif entry is not None and right and touches and answer.session_id not in entry[0]:
                    entry[0].append(answer.session_id)
                    if len(entry[0]) >= 2:
                        entry = None
            if entry is not None:
                result[question] = (len(entry[0]), entry[1])
        return result


operation = st.one_of(
    st.tuples(
        st.just("answer"),
        st.sampled_from(QUESTIONS),
        st.booleans(),
        st.sampled_from(SESSIONS),
        st.sampled_from([None, *QUESTIONS]),
        st.booleans(),
    ),
    st.tuples(st.just("override"), st.integers(0, 30)),
    st.tuples(st.just("retract")),
    st.tuples(st.just("state"), st.sampled_from(QUESTIONS), st.integers(0, 9)),
    st.tuples(st.just("reopen")),
)


def check(store: ProgressStore, model: Model) -> None:
    records = store.answers()
    assert [(r.id, r.question_id, r.correct, r.override) for r in records] == [
        (a.id, a.question_id, a.correct or a.overridden, a.overridden) for a in model.answers
    ]
    assert store.answer_count() == len(model.answers)
    assert {m.question_id: (m.credits, m.missed_at) for m in store.missed()} == model.missed()
    assert store.fact_states() == model.states
    with ProgressStore.open_read_only(store.directory.parent, store.profile) as reader:
        assert reader.answers() == records
        assert reader.answer_count() == len(model.answers)
        assert reader.missed() == store.missed()
        assert reader.fact_states() == model.states


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(operation, min_size=1, max_size=30))
def test_store_agrees_with_the_model(small_segments: None, operations: list[tuple]) -> None:
    model = Model()
    clock = iter(START + timedelta(minutes=n) for n in range(10_000))
    with tempfile.TemporaryDirectory() as folder:
        saves = Path(folder)
        store = ProgressStore.open(saves)
        try:
            for op in operations:
                kind = op[0]
                if kind == "answer":
                    _, question, correct, session, review_of, with_state = op
                    fact = f"fact-{question}"
                    state = memory(len(model.answers)) if with_state else None
                    before = model.states.get(fact)
                    at = next(clock)
                    record = store.record_answer(
                        question,
                        correct,
                        "review" if review_of else "quiz",
                        1.0,
                        fact_id=fact,
                        session_id=session,
                        review_of=review_of,
                        fact_state=state,
                        at=at,
                    )
                    model.answers.append(
                        Answer(
                            record.id,
                            question,
                            correct,
                            session,
                            review_of,
                            at,
                            bool(state),
                            before,
                        )
                    )
                    if state is not None:
                        model.states[fact] = state
                elif kind == "override" and model.answers:
                    target = model.answers[op[1] % len(model.answers)]
                    record = store.override_answer(target.id)
                    target.overridden = not target.correct
                    assert record.correct
                elif kind == "retract" and model.answers:
                    last = model.answers.pop()
                    store.retract_answer(last.id, last.state_before)
                    fact = f"fact-{last.question_id}"
                    if last.set_state and last.state_before is not None:
                        model.states[fact] = last.state_before
                    elif last.set_state:
                        model.states.pop(fact, None)
                elif kind == "state":
                    _, question, n = op
                    store.put_fact_state(f"fact-{question}", memory(100 + n))
                    model.states[f"fact-{question}"] = memory(100 + n)
                elif kind == "reopen":
                    store.close()
                    store = ProgressStore.open(saves)
                    assert store.recovery == []
                check(store, model)
        finally:
            store.close()
