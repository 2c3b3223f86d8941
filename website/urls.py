"""URLs: admin and files outside the language prefix; every public page under /<lang>/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from base import sitemap as crawler_views
from base import views as base_views
from operations import views as operations_views
from search import views as search_views

# Every error status has a page in the visitor's language that needs no database; database
# failures anywhere in the stack become the outage page (503).
handler400 = operations_views.bad_request
handler403 = operations_views.permission_denied
handler404 = operations_views.page_not_found
handler500 = operations_views.server_error

urlpatterns = [
    path(settings.ADMIN_PATH, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("consent/", base_views.cookie_consent, name="cookie_consent"),
    # One sitemap for every language (each URL lists its translations); crawlers find it here.
    path("sitemap.xml", crawler_views.sitemap, name="sitemap"),
    path("robots.txt", crawler_views.robots_txt, name="robots_txt"),
    path("favicon.ico", base_views.favicon, name="favicon"),
    path("healthz", operations_views.healthz, name="healthz"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif settings.SERVE_MEDIA:
    from base.media import media

    urlpatterns += [re_path(r"^media/(?P<path>.+)$", media, name="media")]

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
