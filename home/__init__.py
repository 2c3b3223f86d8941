"""The home page and standard pages (about, cookie policy)."""
