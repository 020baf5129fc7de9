"""The Anki package, checked by importing it into a real Anki collection."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from fsrs import Rating

from factdeck.bank import Bank, load_bank
from factdeck.export.apkg import Progress, anki_package_bytes, write_anki_package
from factdeck.progress import ProgressStore
from factdeck.study.memory import FactMemory
from factdeck.study.service import StudyService

FIXTURE = Path(__file__).parents[2] / "fixtures" / "export" / "bank.json"
FIRST = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
LATER = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)

# Hand-written: what each fact's note must hold (Front, Back, Explanation, Source), as Anki HTML.
EXPECTED_FIELDS = {
    "On what date did Cuba and North Korea establish diplomatic relations?": [
        "On what date did Cuba and North Korea establish diplomatic relations?",
        "29 August 1960",
        "Cuba and North Korea established diplomatic relations on 29 August 1960.",
        "Cuba–North Korea relations: “Cuba and North Korea established diplomatic relations"
        " on 29 August 1960.”",
    ],
    "In which year did Che Guevara visit North Korea?": [
        "In which year did Che Guevara visit North Korea?",
        "1960",
        "Che Guevara visited North Korea in 1960.",
        "Cuba–North Korea relations: “Che Guevara visited North Korea in 1960”",
    ],
    "How many embassies does Cuba have in Pyongyang?": [
        "How many embassies does Cuba have in Pyongyang?",
        "1",
        "Cuba has 1 embassy in Pyongyang.",
        "Cuba–North Korea relations: “one embassy in Pyongyang”",
    ],
    "Rocket A burns fuel X &lt; Y &amp; Z.": [
        "Rocket A burns fuel X &lt; Y &amp; Z.",
        "True",
        "Rocket A burns fuel X &lt; Y &amp; Z.",
        "Space &amp; Rockets &lt;notes&gt;: “burns fuel X &lt; Y &amp; Z”",
    ],
    "Put these events in order, earliest first.<br>• Che Guevara visits North Korea<br>"
    "• Relations established<br>• Embassy opens": [
        "Put these events in order, earliest first.<br>• Che Guevara visits North Korea<br>"
        "• Relations established<br>• Embassy opens",
        "1. Relations established<br>2. Che Guevara visits North Korea<br>3. Embassy opens",
        "Relations came first, then the visit, then the embassy.",
        "Cuba–North Korea relations: “Cuba and North Korea established diplomatic relations"
        " on 29 August 1960.”",
    ],
}
EXPECTED_TAGS = {
    "On what date did Cuba and North Korea establish diplomatic relations?": [
        "Cold_War",
        "diplomacy",
    ],
    "In which year did Che Guevara visit North Korea?": ["Cold_War"],
    "How many embassies does Cuba have in Pyongyang?": ["diplomacy"],
    "Rocket A burns fuel X &lt; Y &amp; Z.": ["space"],
}


@pytest.fixture
def bank() -> Bank:
    return load_bank(FIXTURE)


@pytest.fixture
def collection(tmp_path: Path):
    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def import_package(col: Collection, package: Path):
    request = ImportAnkiPackageRequest(
        package_path=str(package), options=ImportAnkiPackageOptions()
    )
    return col.import_anki_package(request).log


def notes_by_front(col: Collection) -> dict[str, object]:
    notes = [col.get_note(note_id) for note_id in col.find_notes("")]
    return {note.fields[0]: note for note in notes}


def test_real_anki_imports_one_note_per_fact_with_the_fields(
    bank: Bank, collection: Collection, tmp_path: Path
) -> None:
    package = tmp_path / "deck.apkg"
    assert write_anki_package(bank, package, modified=FIRST) == 5

    log = import_package(collection, package)

    assert len(log.new) == 5
    notes = notes_by_front(collection)
    assert {front: list(note.fields) for front, note in notes.items()} == EXPECTED_FIELDS
    for front, tags in EXPECTED_TAGS.items():
        assert sorted(notes[front].tags) == tags
    first = next(iter(notes.values()))
    assert first.note_type()["name"] == "FactDeck fact"
    assert [f["name"] for f in first.note_type()["flds"]] == [
        "Front",
        "Back",
        "Explanation",
        "Source",
    ]
    deck_names = {collection.decks.name(card.did) for card in first.cards()}
    assert deck_names == {"Cuba & Korea"}
    assert collection.card_count() == 5


def test_a_second_export_updates_the_same_notes(
    bank: Bank, collection: Collection, tmp_path: Path
) -> None:
    package = tmp_path / "deck.apkg"
    write_anki_package(bank, package, modified=FIRST)
    import_package(collection, package)
    note_ids = sorted(collection.find_notes(""))

    # The same export again: nothing new, nothing changed.
    again = import_package(collection, package)
    assert (len(again.new), len(again.updated)) == (0, 0)

    # A rebuilt bank (newer) with a corrected explanation: Anki updates the note in place.
    questions = [
        q.model_copy(update={"explanation": "Corrected explanation."})
        if q.id == "embassy-count.number"
        else q
        for q in bank.questions
    ]
    rebuilt = Bank.model_validate({**bank.model_dump(), "questions": questions})
    write_anki_package(rebuilt, package, modified=LATER)
    update = import_package(collection, package)

    assert len(update.new) == 0
    assert sorted(collection.find_notes("")) == note_ids
    notes = notes_by_front(collection)
    explanation = notes["How many embassies does Cuba have in Pyongyang?"].fields[2]
    assert explanation == "Corrected explanation."


def test_another_deck_name_is_another_deck_in_anki(
    bank: Bank, collection: Collection, tmp_path: Path
) -> None:
    write_anki_package(bank, tmp_path / "a.apkg", modified=FIRST)
    other = Bank.model_validate({**bank.model_dump(), "deck": "Other deck"})
    write_anki_package(other, tmp_path / "b.apkg", modified=FIRST)

    import_package(collection, tmp_path / "a.apkg")
    second = import_package(collection, tmp_path / "b.apkg")

    assert len(second.new) == 5
    assert collection.note_count() == 10
    assert {"Cuba & Korea", "Other deck"} <= set(collection.decks.all_names())


def test_the_package_bytes_are_deterministic(bank: Bank) -> None:
    first = anki_package_bytes(bank, modified=FIRST)
    assert anki_package_bytes(load_bank(FIXTURE), modified=FIRST) == first
    assert anki_package_bytes(bank, modified=LATER) != first


def test_an_ordering_fact_asks_for_the_order_not_true(
    collection: Collection, tmp_path: Path
) -> None:
    bank = load_bank(FIXTURE)
    ordering = next(q for q in bank.questions if q.id == "order.1a2b3c4d")
    in_order = ordering.model_copy(update={"options": list(ordering.answer)})
    fact = bank.facts[0].model_copy(update={"id": ordering.fact_id, "statement": "In order."})
    questions = [q if q.id != ordering.id else in_order for q in bank.questions]
    with_fact = Bank.model_validate(
        {
            **bank.model_dump(),
            "facts": [*bank.model_dump()["facts"], fact.model_dump()],
            "questions": [q.model_dump() for q in questions],
        }
    )
    write_anki_package(with_fact, tmp_path / "deck.apkg", modified=FIRST)
    import_package(collection, tmp_path / "deck.apkg")
    note = next(n for n in notes_by_front(collection).values() if "in order" in n.fields[0])
    front, back = note.fields[0], note.fields[1]
    assert back == (
        "1. Relations established<br>2. Che Guevara visits North Korea<br>3. Embassy opens"
    )
    items = front.split("<br>")[1:]
    assert sorted(items) == sorted(f"• {item}" for item in ordering.answer)
    assert items != [f"• {item}" for item in ordering.answer]  # never shown already in order


def studied_progress(tmp_path: Path, bank: Bank) -> tuple[Progress, datetime]:
    """A learner who studied three facts over the last 20 days (a leech among them)."""
    now = datetime.now(UTC)
    clock = [now - timedelta(days=20)]
    store = ProgressStore.open(tmp_path / "saves")
    service = StudyService(bank, store, now=lambda: clock[0])
    service.start_study()
    service.rate("relations-established", Rating.Good)
    clock[0] += timedelta(minutes=10)
    service.rate("relations-established", Rating.Good)
    clock[0] += timedelta(days=2)
    service.rate("relations-established", Rating.Good)
    service.rate("che-visit", Rating.Again)
    service.suspend("embassy-count")
    memory = service.memory("rocket-fuel")
    service.flag_wrong("rocket-fuel")
    leech = replace(memory, leech=True, suspended=True, lapses=8)
    store.put_fact_state("rocket-fuel", leech.to_dict())
    clock[0] = now
    memories = {f: FactMemory.from_dict(state) for f, state in store.fact_states().items()}
    progress = Progress(memories, store.answers(), service.scheduler, now)
    store.close()
    return progress, now


def test_anki_imports_the_schedule_fsrs_memory_and_review_log(
    collection: Collection, tmp_path: Path
) -> None:
    bank = load_bank(FIXTURE)
    progress, now = studied_progress(tmp_path, bank)
    write_anki_package(bank, tmp_path / "deck.apkg", modified=FIRST, progress=progress)
    request = ImportAnkiPackageRequest(
        package_path=str(tmp_path / "deck.apkg"),
        options=ImportAnkiPackageOptions(with_scheduling=True),
    )
    collection.import_anki_package(request)
    cards = {
        collection.get_card(c).note().fields[0]: collection.get_card(c)
        for c in collection.find_cards("")
    }
    scheduler = progress.scheduler

    review = cards["On what date did Cuba and North Korea establish diplomatic relations?"]
    memory = progress.memories["relations-established"]
    assert (review.type, review.queue, review.reps, review.lapses) == (2, 2, 3, 0)
    due_in = (scheduler.today(memory.card.due) - scheduler.today(now)).days
    assert review.due - collection.sched.today == due_in
    assert (
        review.ivl
        == (scheduler.today(memory.card.due) - scheduler.today(memory.card.last_review)).days
    )
    assert review.memory_state is not None
    assert round(review.memory_state.stability, 3) == round(memory.card.stability, 3)
    assert round(review.memory_state.difficulty, 3) == round(memory.card.difficulty, 3)
    log = collection.db.all("SELECT ease, type FROM revlog WHERE cid = ? ORDER BY id", review.id)
    assert log == [[3, 0], [3, 0], [3, 1]]  # Good twice while learning, then a review

    learning = cards["In which year did Che Guevara visit North Korea?"]
    assert (learning.type, learning.queue) == (1, 1)
    assert learning.due == int(progress.memories["che-visit"].card.due.timestamp())
    assert collection.db.scalar("SELECT ease FROM revlog WHERE cid = ?", learning.id) == 1

    suspended = cards["How many embassies does Cuba have in Pyongyang?"]
    assert (suspended.type, suspended.queue) == (0, -1)  # new, and suspended as in FactDeck
    leech = cards["Rocket A burns fuel X &lt; Y &amp; Z."]
    assert leech.queue == -1 and "leech" in leech.note().tags
    untouched = cards[next(front for front in cards if front.startswith("Put these"))]
    assert (untouched.type, untouched.queue) == (0, 0)
