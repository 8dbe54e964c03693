"""The subject of a reporting verb when it is neither a name nor a listed noun.

News attributes much speech to descriptions: "top black lawmakers said", "Those close to
him say", "63 percent said", "Experts on North Korea said", "an architect who said".
Without a parser, the subject is taken as the words between the verb and the nearest
clause boundary before it (punctuation, a conjunction, a subordinator), when that stretch
is short and ends in a word that can head a noun phrase.
"""

from __future__ import annotations

from spacy.tokens import Doc

SUBJECT_REACH = 8
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which"})
CLAUSE_BOUNDARIES = frozenset(
    {
        "and",
        "but",
        "or",
        "nor",
        "that",
        "because",
        "as",
        "while",
        "when",
        "whereas",
        "if",
        "although",
        "though",
        "since",
        "so",
        "than",
        "where",
        "whether",
        "after",
        "before",
        "until",
        "unless",
        "once",
    }
)
HEAD_STOP_WORDS = frozenset(
    {"someone", "everyone", "anyone", "many", "some", "both", "all", "one", "few"}
)
OBJECT_PRONOUNS = frozenset({"him", "them", "us", "me"})
NOT_SUBJECT_ENDINGS = frozenset({"to", "not", "n't", "never", "also"})
AUXILIARIES = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "should",
        "must",
        "shall",
        "do",
        "does",
        "did",
    }
)


def subject_phrase_start(
    doc: Doc, end: int, floor: int, verbs: dict[str, str] | frozenset[str]
) -> int | None:
    """Where the subject phrase ending at token ``end`` (exclusive) starts, or None when
    the words before the verb do not look like one: a stretch holding a verb (an
    auxiliary, a reporting verb in ``verbs``, a past form after a name: "Clinton cited
    derogatory remarks") or opening with a participle ("Having ...") is a clause."""
    if end <= floor:
        return None
    head = doc[end - 1]
    lower = head.lower_
    if lower in RELATIVE_PRONOUNS:
        return end - 1
    if not head.is_alpha or lower in NOT_SUBJECT_ENDINGS:
        return None
    if head.is_stop and lower not in HEAD_STOP_WORDS and lower not in OBJECT_PRONOUNS:
        return None
    start = end - 1
    while start > floor and end - start <= SUBJECT_REACH:
        previous = doc[start - 1]
        if previous.is_space or previous.lower_ in CLAUSE_BOUNDARIES | RELATIVE_PRONOUNS:
            break
        if previous.is_punct and previous.text not in ("-", "'s", "’s", "'", "’", "."):
            break
        start -= 1
    if end - start > SUBJECT_REACH:
        return None
    if doc[start].lower_ in OBJECT_PRONOUNS or (lower in OBJECT_PRONOUNS and end - start < 3):
        return None
    if doc[start].lower_.endswith("ing"):
        return None
    return None if any(holds_verb(doc, i, verbs) for i in range(start, end)) else start


def holds_verb(doc: Doc, index: int, verbs: dict[str, str] | frozenset[str]) -> bool:
    token = doc[index]
    lower = token.lower_
    if lower in AUXILIARIES:
        return True
    if token.text[:1].islower() and lower in verbs:
        return True
    after_name = index > 0 and doc[index - 1].text[:1].isupper() and doc[index - 1].text != "I"
    return after_name and token.text[:1].islower() and lower.endswith("ed") and len(lower) > 4
