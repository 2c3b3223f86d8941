"""Translators' tools: translating in code, translator roles, the status report, submission for
review, draft-only translation saves (the wagtail-localize seam), the guard on actions that
discard a translation, and what the translation editor tells translators."""
