"""Synonyms at query time: a query naming one of a group's names searches for all of them.

A group is a list of names (`search.models.Synonym`, one per language, edited in the admin);
each name is compared by its stems (search/text.py), so case, accents, vowel marks and the
forms of a word do not matter. Nothing is re-indexed: the index keeps the words as written, and
the query asks for any of the group's names.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from wagtail.models import Locale

from base.fragments import cached

from .text import STOPWORDS, fold, query_alternatives, stem, words

DEMO_SYNONYMS = Path(__file__).with_name("demo_synonyms.json")

Phrase = tuple[str, ...]  # the stems of one name, in order


@dataclass(frozen=True)
class Group:
    """One synonym group as the query sees it: its names as typed, and as stems."""

    names: tuple[str, ...]
    phrases: tuple[Phrase, ...]


@dataclass(frozen=True)
class Expansion:
    """A query's terms after synonyms: all of `groups` must match, any phrase within each."""

    groups: tuple[tuple[Phrase, ...], ...]
    also: tuple[str, ...] = ()  # the synonyms searched besides what the visitor typed

    @property
    def terms(self) -> tuple[str, ...]:
        """Every stem any phrase asks for (for marking matches in snippets)."""
        return tuple(dict.fromkeys(term for group in self.groups for p in group for term in p))


def phrase_of(name: str, language: str) -> Phrase:
    return tuple(stem(word, language) for word in words(name))


def groups_for(names_lists: list[list[str]], language: str) -> list[Group]:
    groups = []
    for names in names_lists:
        phrases = tuple(dict.fromkeys(p for p in (phrase_of(n, language) for n in names) if p))
        if len(phrases) > 1:
            groups.append(Group(names=tuple(names), phrases=phrases))
    return groups


def load_groups(locale: Locale) -> list[Group]:
    """The locale's synonym groups (kept until content or a synonym changes: search/signals.py)."""
    from .models import Synonym

    def load() -> list[Group]:
        rows = Synonym.objects.filter(locale=locale).order_by("pk")
        return groups_for([row.name_list() for row in rows], locale.language_code.split("-")[0])

    return cached("search-synonyms", (locale.pk,), load)


def expand(text: str, terms: tuple[str, ...], language: str, groups: list[Group]) -> Expansion:
    """The query's terms with every synonym group it names replaced by the group's phrases.

    `terms` are the query's stems without stop words (search.query.clean_query). A name made
    only of stop words (IS, in English) counts only when it is the whole query, so that
    "what is the coalition" is not a search for Daesh.
    """
    typed = [stem(word, language) for word in words(text)]
    stopwords = STOPWORDS.get(language, frozenset())
    is_stop = [fold(word) in stopwords for word in words(text)]
    position, result, also, named = 0, [], [], set()
    while position < len(typed):
        found = _longest_match(typed, is_stop, position, groups)
        if found is None:
            position += 1
            continue
        group, length = found
        if id(group) not in named:
            named.add(id(group))
            result.append(group.phrases)
            typed_phrase = tuple(typed[position : position + length])
            also.extend(
                name
                for name, phrase in zip(group.names, _phrases_by_name(group, language), strict=True)
                if phrase and phrase != typed_phrase
            )
        for index in range(position, position + length):
            typed[index] = None
        position += length
    covered = {term for group in result for phrase in group for term in phrase}
    remaining = [t for t in terms if t not in covered and (t in typed or not result)]
    for forms in query_alternatives(text, language):
        if forms[0] in remaining:
            result.append(tuple((form,) for form in forms))
    return Expansion(groups=tuple(result), also=tuple(dict.fromkeys(also)))


def _phrases_by_name(group: Group, language: str) -> list[Phrase]:
    return [phrase_of(name, language) for name in group.names]


def _longest_match(typed: list, is_stop: list, position: int, groups: list[Group]):
    best = None
    for group in groups:
        for phrase in group.phrases:
            end = position + len(phrase)
            if tuple(typed[position:end]) != phrase:
                continue
            only_stopwords = all(is_stop[position:end])
            if only_stopwords and len(phrase) != len(typed):
                continue
            if best is None or len(phrase) > best[1]:
                best = (group, len(phrase))
    return best


def load_demo_synonyms(path: Path = DEMO_SYNONYMS) -> int:
    """Create the demo's synonym groups (search/demo_synonyms.json) in each language that has a
    locale, unless that language has some already; returns how many were created."""
    from .models import Synonym

    data = json.loads(path.read_text(encoding="utf-8"))
    created = 0
    with transaction.atomic():
        for locale in Locale.objects.all():
            language = locale.language_code.split("-")[0]
            if Synonym.objects.filter(locale=locale).exists():
                continue
            for names in data.get(language, []):
                Synonym.objects.create(locale=locale, names="\n".join(names))
                created += 1
    return created
