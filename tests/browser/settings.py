"""Settings of the site the browser journeys drive: the test settings, served as production is."""

import os

from website.settings.test import *  # noqa: F403

# Images must load: screenshots show them and the accessibility checks read their alt text.
SERVE_MEDIA = True
# Anonymous pages come from the page cache as in production, so a journey that publishes proves
# the change reaches visitors.
PAGE_CACHE_ENABLED = True
# Production's default: editors, moderators and translators sign in with a password alone.
TWO_FACTOR_REQUIRED_FOR = "administrators"
# The post journey points the server at its fake oEmbed endpoint on 127.0.0.1.
if os.environ.get("TWEET_OEMBED_ENDPOINT"):
    TWEET_OEMBED_ENDPOINT = os.environ["TWEET_OEMBED_ENDPOINT"]
    TWEET_IMAGE_HOSTS = [os.environ["TWEET_OEMBED_ENDPOINT"].split("/")[2]]
