"""News: the news index and the article kinds it lists (news, readouts, video features)."""
