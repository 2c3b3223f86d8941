"""Serving uploaded media from the app server itself, with cache headers, when no web server or
object storage does it (one-machine production; `make serve`)."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control
from django.views.static import serve

# Renditions are named after their source, filter and focal point, so new content gets a new
# name and an old name never changes meaning. Originals can be replaced under the same name.
RENDITION_PREFIX = "images/"
RENDITION_MAX_AGE = 365 * 24 * 3600
ORIGINAL_MAX_AGE = 24 * 3600


def media(request: HttpRequest, path: str) -> HttpResponse:
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    if path.startswith(RENDITION_PREFIX):
        patch_cache_control(response, public=True, max_age=RENDITION_MAX_AGE, immutable=True)
    else:
        patch_cache_control(response, public=True, max_age=ORIGINAL_MAX_AGE)
    return response
