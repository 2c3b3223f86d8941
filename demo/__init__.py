"""Demo content for the site: the data (in English, Arabic and French) and the loader that
builds the page tree from it, used by `manage.py load_demo_content`."""
