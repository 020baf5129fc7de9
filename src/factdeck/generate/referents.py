"""What a question's words refer to, when the sentence it comes from leans on the ones before.

A learner sees one question, never the sentences around it. "The league expanded in 1931"
names its league two sentences earlier; an answer "USGS" says nothing to someone who never
read what the letters stand for. This module says what such words mean where the document
makes it certain, and flags them where it does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_ABBREVIATION = re.compile(r"(?:the\s+)?(?P<letters>[A-Z][A-Z&]*[A-Z])s?")
"""An answer that is capitals only ("USGS", "MSAs", "AT&T"): an abbreviation."""
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")
_IDENTITY = re.compile(r"^(?:What|Which\s+[a-z]+)\s+(?:is|are|was|were)\s+(?:a|an|the)\s")
"""A question that says what its answer is ("What is the class of problems ...?"): it
explains a symbol it asks for."""


def unexplained_abbreviation(answer: str, prompt: str, accepted: Iterable[str] = ()) -> bool:
    """Whether the answer is an abbreviation alone that neither the question nor an accepted
    form spells out: "What has released an earthquake forecast?" → "USGS" teaches letters,
    and rejects the name a learner would type. A question or an accepted form whose
    capitalised words give the letters in order ("United States Geological Survey"), or a
    question that says what the answer is, explains it."""
    match = _ABBREVIATION.fullmatch(answer.strip())
    if match is None:
        return False
    if _IDENTITY.match(prompt):
        return False
    letters = match["letters"].replace("&", "")
    return not any(
        letters in "".join(word[0] for word in _CAPITALISED.findall(text))
        for text in (prompt, *accepted)
    )
