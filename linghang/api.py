"""The one NinjaAPI; each app contributes a Router from its own ``api.py``."""

from ninja import NinjaAPI
from ninja.security import django_auth

api = NinjaAPI(
    title="Linghang API",
    version="1",
    urls_namespace="api",
    auth=django_auth,
    docs_url="/docs",
)
