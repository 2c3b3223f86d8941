"""Campaigns: the campaign index and campaign pages with their hashtag and series."""
