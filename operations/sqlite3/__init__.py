"""Django's SQLite backend, except that a web server never creates a missing database file."""
