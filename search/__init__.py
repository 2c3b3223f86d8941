"""Public search: the view, its templates and query helpers."""
