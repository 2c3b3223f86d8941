"""Translators' tools: the translation status report and the per-language translator roles."""
