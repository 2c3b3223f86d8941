"""The one reader of the environment: every setting that comes from an environment variable is
read through `env` (django-environ), typed and with its default where it is used.

The README's configuration table lists every variable read here, and nothing else
(tests/test_settings_env.py checks both ways).
"""

from django.core.exceptions import ImproperlyConfigured

import environ


class Env(environ.Env):
    def list(self, var, cast=None, default=environ.Env.NOTSET) -> list:
        """A comma-separated list, items stripped and blank items dropped ("a, b," is [a, b])."""
        items = super().list(var, cast=str, default=default)
        items = [item.strip() for item in items if item.strip()]
        return [cast(item) for item in items] if cast else items

    def required(self, var: str, cast: type = str):
        """A value production cannot run without (the secret key, the host names); blank is
        missing. `cast` is str or list."""
        value = self.list(var, default=[]) if cast is list else self.str(var, default="").strip()
        if not value:
            raise ImproperlyConfigured(f"Set the {var} environment variable for production.")
        return value


env = Env()
