"""Turning whatever a visitor types into a query the search backend can always run."""

import re
import unicodedata
from dataclasses import dataclass

MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 24
# Anything that is not a letter, mark or digit separates words: this removes every full-text
# operator (quotes, parentheses, *, -, ^, :) along with punctuation and emoji.
NON_WORD = re.compile(r"[^\w\u0610-\u061A\u064B-\u065F\u0670]+", re.UNICODE)
# Words the SQLite FTS5 syntax treats as operators.
FTS_KEYWORDS = {"AND", "OR", "NOT", "NEAR"}


@dataclass(frozen=True)
class CleanQuery:
    text: str
    raw: str
    truncated: bool

    def __bool__(self) -> bool:
        return bool(self.text)


def clean_query(raw: str | None) -> CleanQuery:
    """A safe, bounded query of plain words, remembering whether it had to be shortened."""
    raw = raw or ""
    truncated = len(raw) > MAX_QUERY_CHARS
    text = unicodedata.normalize("NFKC", raw[: MAX_QUERY_CHARS * 2])
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    words = [word for word in NON_WORD.sub(" ", text).split() if word.strip("_")]
    words = [word.lower() if word in FTS_KEYWORDS else word for word in words]
    if len(words) > MAX_QUERY_WORDS:
        words, truncated = words[:MAX_QUERY_WORDS], True
    text = " ".join(words)[:MAX_QUERY_CHARS].strip()
    return CleanQuery(text=text, raw=raw[:MAX_QUERY_CHARS], truncated=truncated)
