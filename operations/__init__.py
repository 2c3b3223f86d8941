"""Keeping the site up and its content safe: health check, outage page, backup and restore."""
