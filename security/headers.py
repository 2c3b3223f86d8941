"""Response headers: a Content-Security-Policy for each kind of response, and Permissions-Policy.

Public pages get the policy in settings.CONTENT_SECURITY_POLICY, with no nonce: the site has no
inline script, so one header is right for every visitor and a cached page keeps a valid policy.
The one thing a public page's policy depends on besides its own content is the consent cookie
(security.consent), which a full-page cache must therefore key on.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase

from csp.middleware import CSPMiddleware, PolicyParts

from security.consent import has_accepted, shows_posts

# X's widget script and the frames it creates: allowed only on pages that show a post (the post's
# block tells the request), and only for visitors who accepted cookies (site.js loads the script
# on the same conditions).
X_WIDGET_SOURCES = {
    "script-src": ["https://platform.twitter.com"],
    "frame-src": ["https://platform.twitter.com", "https://syndication.twitter.com"],
}

# Wagtail's admin still relies on inline scripts and styles and shows blob: previews of uploads;
# it is only ever used by signed-in editors. Images stay on the site (no Gravatar, see settings).
# What still needs inline scripts, and why it cannot go yet: docs/security.md.
ADMIN_DIRECTIVES = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "media-src": ["'self'", "blob:"],
    "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "frame-ancestors": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}
# The same policy without inline scripts, reported but not enforced: browsers list in their
# console every inline script the admin still runs, and nothing breaks for editors.
ADMIN_REPORT_ONLY_DIRECTIVES = {**ADMIN_DIRECTIVES, "script-src": ["'self'"]}
# Wagtail's preview views allow their own framing by the admin (X-Frame-Options: SAMEORIGIN);
# every other response may be framed by nothing.
SAME_ORIGIN_FRAMING = {"frame-ancestors": ["'self'"]}

# Uploaded documents are someone else's files: never a script, a plugin, or a frame of ours.
DOCUMENT_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'"


def admin_prefix() -> str:
    return "/" + settings.ADMIN_PATH


def is_admin_path(path: str) -> bool:
    return path.startswith(admin_prefix())


def is_document_path(path: str) -> bool:
    return path.startswith("/documents/")


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware, choosing the policy by path, content and consent."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        admin = is_admin_path(request.path_info)
        if report_only:
            if admin:
                parts.config = ADMIN_REPORT_ONLY_DIRECTIVES
            return parts
        if admin:
            parts.config = ADMIN_DIRECTIVES
        elif has_accepted(request) and shows_posts(request):
            parts.update = {**(parts.update or {}), **X_WIDGET_SOURCES}
        if response.get("X-Frame-Options", "").upper() == "SAMEORIGIN":
            parts.replace = {**(parts.replace or {}), **SAME_ORIGIN_FRAMING}
        return parts

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if is_document_path(request.path_info):
            # Replaces Wagtail's own "default-src 'none'" with one that also sandboxes.
            response["Content-Security-Policy"] = DOCUMENT_POLICY
        response = super().process_response(request, response)
        if "Permissions-Policy" not in response:
            response["Permissions-Policy"] = settings.PERMISSIONS_POLICY
        return response
