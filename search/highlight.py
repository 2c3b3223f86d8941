"""Result snippets: the passage of a page that matched, escaped, with the matching words marked."""

from collections.abc import Iterable
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from .text import WORD_SPAN, span_forms

WORDS_BEFORE = 12
WORDS_AFTER = 24
# Looking further into a long page for a match costs time on every result; past this many words
# the snippet falls back to the summary.
MAX_WORDS_SCANNED = 3000
FALLBACK_WORDS = 36

span_forms_cached = lru_cache(maxsize=200_000)(span_forms)


def texts_to_scan(texts: Iterable[str]) -> tuple[str, ...]:
    """The non-empty texts a snippet can look into: as many as hold MAX_WORDS_SCANNED words.
    `texts` is read lazily, so a long page's later blocks are never turned into text."""
    kept, words = [], 0
    for text in texts:
        if text and text.strip():
            kept.append(text)
            words += len(WORD_SPAN.findall(text))
            if words >= MAX_WORDS_SCANNED:
                break
    return tuple(kept)


class Highlighter:
    """Marks the words of a text whose indexed forms include one of the query's terms."""

    def __init__(self, terms: Iterable[str], language: str):
        self.terms = frozenset(terms)
        self.language = language

    def matches(self, span: str) -> bool:
        return not self.terms.isdisjoint(span_forms_cached(span, self.language))

    def mark(self, text: str) -> SafeString:
        """The whole text, escaped, with every matching word in <mark>."""
        return self._render(text, 0, len(text))

    def snippet(self, texts: Iterable[str]) -> SafeString:
        """A window of words around the first match in the texts, or the start of the first text."""
        texts = [text for text in texts if text and text.strip()]
        scanned = 0
        for text in texts:
            spans = []
            for match in WORD_SPAN.finditer(text):
                spans.append(match)
                scanned += 1
                if self.matches(match.group()):
                    return self._window(text, spans, match)
                if scanned >= MAX_WORDS_SCANNED:
                    break
            if scanned >= MAX_WORDS_SCANNED:
                break
        if not texts:
            return mark_safe("")
        return escape(Truncator(" ".join(texts[0].split())).words(FALLBACK_WORDS, truncate="…"))

    def _window(self, text: str, spans_before: list, first) -> SafeString:
        before = spans_before[-(WORDS_BEFORE + 1) :]
        start = 0 if len(before) == len(spans_before) else before[0].start()
        end, remaining = len(text), WORDS_AFTER
        for match in WORD_SPAN.finditer(text, first.end()):
            remaining -= 1
            if remaining < 0:
                end = match.start()
                break
        html = self._render(text, start, end)
        prefix = "… " if start > 0 else ""
        suffix = " …" if end < len(text) else ""
        return mark_safe(prefix + html + suffix)

    def _render(self, text: str, start: int, end: int) -> SafeString:
        pieces, position = [], start
        for match in WORD_SPAN.finditer(text, start, end):
            if self.matches(match.group()):
                pieces.append(escape(text[position : match.start()]))
                pieces.append(f"<mark>{escape(match.group())}</mark>")
                position = match.end()
        pieces.append(escape(text[position:end]))
        # Escaped text and <mark> tags hold no whitespace that matters: line breaks collapse.
        return mark_safe(" ".join("".join(pieces).split()))
