"""What two or more apps share: the block library, the article base, topics, site settings."""
