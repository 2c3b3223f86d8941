"""Template filters that make stored HTML and URLs safe to output."""
