"""The coalition's editorial site: Django project package (settings, URLs, site-wide templates)."""
