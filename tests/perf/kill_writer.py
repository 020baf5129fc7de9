"""Fault injection: kill a writing FactDeck with SIGKILL at random moments, then check its saves.

A child process opens a profile and changes it in a loop (answers with fact states, overrides,
undos, fact states alone, settings, sessions, with tiny log segments so segment rollovers and
checkpoints happen all the time), now and then reading the answers' columns as the statistics
do (which writes the closed segments' joined answers). Before each change it reports what it is about to do, and once
the call returned it reports the result: the change is acknowledged. The parent kills the child
at a random moment, reopens the profile and checks that:

- nothing was found damaged (no recovery note other than the dead writer's lock),
- every acknowledged answer is there exactly once, with its override, and undone ones are gone,
  and the answers' columns say the same,
- fact states, the missed set (rerun from scratch over the answers), settings and sessions are
  exactly what the acknowledged changes make, plus possibly the one change in flight.

Usage: python tests/perf/kill_writer.py --kills 500 [--seed N] [--saves DIR]
Exit status 0 when every check passed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import select
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factdeck.progress import ProgressStore

QUESTIONS = [f"fact{n % 5}.{form}" for n, form in enumerate(["mc", "tf", "typed", "number"] * 2)]


def memory(n: int) -> dict[str, Any]:
    return {
        "card": {
            "card_id": 1000 + n,
            "state": 2,
            "step": None,
            "stability": 1.25 * n,
            "difficulty": 5.0,
            "due": "2030-01-01T00:00:00+00:00",
            "last_review": "2029-12-01T00:00:00+00:00",
        },
        "lapses": n % 3,
        "leech": False,
        "suspended": False,
        "buried_until": None,
        "flagged_wrong": False,
        "flag_note": None,
    }


# --- the child: change the profile forever, reporting each change ------------------------------


def child(
    saves: Path,
    seed: int,
    out: int,
    recent: list[int],
    segment_events: int,
    checkpoint_segments: int,
) -> None:
    ProgressStore.segment_events = segment_events
    ProgressStore.checkpoint_segments = checkpoint_segments
    rng = random.Random(seed)

    def say(kind: str, payload: dict[str, Any]) -> None:
        os.write(out, f"{kind} {json.dumps(payload)}\n".encode())

    store = ProgressStore.open(saves)
    undoable: list[tuple[int, str | None, dict[str, Any] | None, bool]] = []
    session: str | None = None
    counter = rng.randrange(1_000_000)
    while True:
        counter += 1
        if rng.random() < 0.05:
            store.answer_columns()  # as the statistics read them: joins the closed segments'
        roll = rng.random()
        if roll < 0.6:
            question = rng.choice(QUESTIONS)
            fact = question.split(".")[0]
            op = {
                "op": "answer",
                "question": question,
                "fact": fact,
                "correct": rng.random() < 0.55,
                "session": session,
                "review_of": rng.choice(QUESTIONS) if rng.random() < 0.15 else None,
                "state": counter if rng.random() < 0.8 else None,
            }
            before = store.fact_state(fact)
            say("B", op)
            record = store.record_answer(
                question,
                op["correct"],
                "review" if op["review_of"] else "quiz",
                rng.uniform(0.5, 30),
                fact_id=fact,
                given=rng.choice(["1960", "Havana", None]),
                session_id=session,
                review_of=op["review_of"],
                fact_state=None if op["state"] is None else memory(op["state"]),
            )
            say("A", {"id": record.id, "at": record.at.isoformat()})
            recent = [*recent[-19:], record.id]
            undoable.append((record.id, fact, before, op["state"] is not None))
        elif roll < 0.68 and recent:
            op = {"op": "override", "id": rng.choice(recent)}
            say("B", op)
            try:
                store.override_answer(op["id"])
            except Exception as error:  # undone meanwhile: refused, which is fine
                say("A", {"refused": str(error)})
                continue
            say("A", {})
        elif roll < 0.75 and undoable:
            answer_id, fact, before, _ = undoable.pop()
            op = {"op": "retract", "id": answer_id, "before": before}
            say("B", op)
            store.retract_answer(answer_id, before)
            say("A", {})
            recent = [r for r in recent if r != answer_id]
        elif roll < 0.85:
            op = {"op": "state", "fact": f"fact{rng.randrange(5)}", "state": counter}
            say("B", op)
            store.put_fact_state(op["fact"], memory(counter))
            say("A", {})
            undoable.clear()  # an older answer's "state before" is no longer the state to restore
        elif roll < 0.9:
            op = {"op": "settings", "value": counter}
            say("B", op)
            store.update_settings(counter=counter)
            say("A", {})
        elif roll < 0.95:
            op = {"op": "start", "finish": session}
            say("B", op)
            if session is not None:
                store.finish_session(session, score=counter)
            session = store.start_session("quiz", {"count": 10})
            say("A", {"session": session})
        else:
            op = {"op": "answer-untracked"}
            # an answer to a question of another deck, never overridden or undone here
            say("B", {**op, "question": "elsewhere.mc"})
            record = store.record_answer("elsewhere.mc", True, "cram", 1.0)
            say("A", {"id": record.id, "at": record.at.isoformat()})
            undoable.clear()


# --- the parent: the model of what was acknowledged, and the checks ---------------------------


@dataclass
class Answer:
    id: int
    question: str
    correct: bool
    session: str | None
    review_of: str | None
    at: str
    set_state: bool
    overridden: bool = False


@dataclass
class Model:
    answers: dict[int, Answer] = field(default_factory=dict)
    states: dict[str, dict[str, Any]] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    sessions: dict[str, bool] = field(default_factory=dict)
    """session id → finished"""

    def apply(self, op: dict[str, Any], result: dict[str, Any]) -> None:
        kind = op["op"]
        if kind in ("answer", "answer-untracked"):
            answer = Answer(
                result["id"],
                op["question"],
                op.get("correct", True),
                op.get("session"),
                op.get("review_of"),
                result["at"],
                op.get("state") is not None,
            )
            self.answers[answer.id] = answer
            if op.get("state") is not None:
                self.states[op["fact"]] = memory(op["state"])
        elif kind == "override" and "refused" not in result:
            answer = self.answers[op["id"]]
            answer.overridden = not answer.correct
        elif kind == "retract":
            answer = self.answers.pop(op["id"])
            fact = answer.question.split(".")[0]
            if answer.set_state:
                if op["before"] is None:
                    self.states.pop(fact, None)
                else:
                    self.states[fact] = op["before"]
        elif kind == "state":
            self.states[op["fact"]] = memory(op["state"])
        elif kind == "settings":
            self.settings["counter"] = op["value"]
        elif kind == "start":
            if op["finish"] is not None:
                self.sessions[op["finish"]] = True
            self.sessions[result["session"]] = False

    def missed(self) -> dict[str, tuple[int, str]]:
        """The missed set by the rules, from scratch: question → (credits, missed at)."""
        result = {}
        questions = {a.review_of or a.question for a in self.answers.values()}
        for question in questions:
            entry: tuple[list[str | None], str] | None = None
            for answer in sorted(self.answers.values(), key=lambda a: a.id):
                right = answer.correct or answer.overridden
                touches = question in (answer.question, answer.review_of)
                about = answer.review_of or answer.question
                if not right and question == about:
                    entry = ([], answer.at)
                elif entry is not None and right and touches and answer.session not in entry[0]:
                    entry[0].append(answer.session)
                    if len(entry[0]) >= 2:
                        entry = None
            if entry is not None:
                result[question] = (len(entry[0]), entry[1])
        return result


class Failure(Exception):
    pass


def observe(store: ProgressStore) -> dict[str, Any]:
    answers = store.answers()
    ids = [a.id for a in answers]
    if len(ids) != len(set(ids)):
        raise Failure(f"an answer appears twice: {sorted(i for i in ids if ids.count(i) > 1)}")
    if store.answer_count() != len(answers):
        raise Failure(f"answer_count {store.answer_count()} but {len(answers)} answers")
    if store.answer_columns().records() != answers:
        raise Failure("the answer columns (closed segments' joined answers) differ from answers()")
    return {
        "answers": {a.id: (a.question_id, a.correct, a.override) for a in answers},
        "records": {a.id: a for a in answers},
        "states": store.fact_states(),
        "missed": {m.question_id: (m.credits, m.missed_at.isoformat()) for m in store.missed()},
        "settings": store.settings(),
        "sessions": {s["id"]: s["finished_at"] is not None for s in store.sessions()},
    }


def expected(model: Model) -> dict[str, Any]:
    return {
        "answers": {
            a.id: (a.question, a.correct or a.overridden, a.overridden)
            for a in model.answers.values()
        },
        "states": model.states,
        "missed": model.missed(),
        "settings": model.settings,
        "sessions": model.sessions,
    }


def adopt_in_flight(model: Model, op: dict[str, Any], seen: dict[str, Any]) -> bool:
    """If the change in flight when the child died was saved, add it to the model."""
    kind = op["op"]
    if kind in ("answer", "answer-untracked"):
        new = sorted(set(seen["answers"]) - set(model.answers))
        if not new:
            return False
        if len(new) > 1 or new[0] < max(model.answers, default=0):
            raise Failure(f"unacknowledged answers {new} appeared")
        model.apply(op, {"id": new[0], "at": seen["records"][new[0]].at.isoformat()})
        return True
    if kind == "override":
        target = seen["answers"].get(op["id"])
        if target is None or not target[2] or model.answers[op["id"]].overridden:
            return False
        model.apply(op, {})
        return True
    if kind == "retract":
        if op["id"] in seen["answers"]:
            return False
        model.apply(op, {})
        return True
    if kind == "state":
        if seen["states"].get(op["fact"]) != memory(op["state"]):
            return False
        model.apply(op, {})
        return True
    if kind == "settings":
        if seen["settings"].get("counter") != op["value"]:
            return False
        model.apply(op, {})
        return True
    if kind == "start":
        new = set(seen["sessions"]) - set(model.sessions)
        finished = op["finish"] is not None and seen["sessions"].get(op["finish"], False)
        if new:
            model.apply(op, {"session": new.pop()})
            return True
        if finished:
            model.sessions[op["finish"]] = True
            return True
        return False
    raise Failure(f"unknown change {op}")


def verify(saves: Path, model: Model, in_flight: dict[str, Any] | None) -> bool:
    """Reopen and compare; returns whether the change in flight turned out saved."""
    with ProgressStore.open(saves) as store:
        notes = [
            n for n in store.recovery if not (n.moved_to is None and "taken over" in n.problem)
        ]
        if notes:
            raise Failure("damage found: " + "; ".join(map(str, notes)))
        seen = observe(store)
    corrupt = sorted(p.name for p in saves.rglob("*.corrupt-*"))
    if corrupt:
        raise Failure(f"files moved aside: {corrupt}")
    adopted = in_flight is not None and adopt_in_flight(model, in_flight, seen)
    want = expected(model)
    for key, value in want.items():
        if seen[key] != value:
            raise Failure(f"{key} differ:\n saved    {seen[key]}\n expected {value}")
    return adopted


def run_child(
    saves: Path,
    seed: int,
    delay: float,
    recent: list[int],
    segment_events: int,
    checkpoint_segments: int,
) -> list[tuple[str, dict[str, Any]]]:
    """Fork a writer, SIGKILL it after ``delay`` seconds, return what it reported."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_end)
        try:
            child(saves, seed, write_end, recent, segment_events, checkpoint_segments)
        finally:
            os._exit(3)  # only reached on an error: the parent sees a truncated report
    os.close(write_end)
    chunks = []
    deadline = time.monotonic() + delay
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([read_end], [], [], left)
        if ready:
            chunk = os.read(read_end, 65536)
            if not chunk:
                break
            chunks.append(chunk)
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
        raise Failure(
            f"the writer stopped by itself (status {status}): {b''.join(chunks)[-500:]!r}"
        )
    lines = b"".join(chunks).decode().splitlines()
    if lines and not lines[-1].endswith("}"):
        lines.pop()  # killed in the middle of a report line
    return [(line[0], json.loads(line[2:])) for line in lines]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--saves", type=Path, default=None, help="default: a temporary folder")
    parser.add_argument("--max-delay-ms", type=float, default=80.0)
    parser.add_argument("--segment-events", type=int, default=4)
    parser.add_argument("--checkpoint-segments", type=int, default=2)
    parser.add_argument("--kills-per-profile", type=int, default=100)
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    temporary = None
    if args.saves is None:
        temporary = tempfile.TemporaryDirectory(prefix="factdeck-kill-")
        root = Path(temporary.name)
    else:
        root = args.saves
    started = time.monotonic()
    totals = {"acknowledged": 0, "in flight and saved": 0, "in flight and not saved": 0}
    kills_before_any_ack = 0
    model = Model()
    saves = root
    try:
        for kill in range(args.kills):
            if kill % args.kills_per_profile == 0:
                saves = root / f"run-{kill // args.kills_per_profile}"
                model = Model()
            delay = rng.uniform(0, args.max_delay_ms / 1000)
            recent = sorted(model.answers)[-20:]
            reports = run_child(
                saves,
                rng.randrange(1 << 30),
                delay,
                recent,
                args.segment_events,
                args.checkpoint_segments,
            )
            in_flight = None
            acked = 0
            for kind, payload in reports:
                if kind == "B":
                    in_flight = payload
                else:
                    assert in_flight is not None
                    model.apply(in_flight, payload)
                    in_flight = None
                    acked += 1
            try:
                adopted = verify(saves, model, in_flight)
            except Failure as failure:
                print(
                    f"FAILED after kill {kill + 1} (seed {seed}, delay {delay * 1000:.1f} ms, "
                    f"in flight {in_flight}): {failure}"
                )
                return 1
            totals["acknowledged"] += acked
            kills_before_any_ack += acked == 0
            if in_flight is not None:
                totals["in flight and saved" if adopted else "in flight and not saved"] += 1
    finally:
        if temporary is not None:
            temporary.cleanup()
    elapsed = time.monotonic() - started
    print(
        f"{args.kills} kills, all verified (seed {seed}, {elapsed:.1f} s): "
        f"{totals['acknowledged']} acknowledged changes; killed mid-change "
        f"{totals['in flight and saved'] + totals['in flight and not saved']} times "
        f"({totals['in flight and saved']} saved, {totals['in flight and not saved']} not); "
        f"{kills_before_any_ack} kills before the first acknowledgement."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
