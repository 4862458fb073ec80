"""A request type for code behind ``login_required`` or the API's session auth."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.http import HttpRequest


class AuthenticatedRequest(HttpRequest):
    """``user`` (pages) and ``auth`` (API) are a signed-in user, never AnonymousUser."""

    user: User
    auth: User
