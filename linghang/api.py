"""The one NinjaAPI; each app contributes a Router from its own ``api.py``.

Authentication is the browser session (``django_auth``, CSRF-checked on writes), so
scripts and the pages see exactly the same records. Domain errors carry an error code
(``<app>/error_codes.py``) and are turned into responses here, in one place.
"""

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.security import django_auth

from linghang.crm.api import router as crm_router
from linghang.dashboard.actions import GrayItemActionError
from linghang.dashboard.api import router as dashboard_router
from linghang.dashboard.error_codes import GrayItemErrorCode

api = NinjaAPI(
    title="Linghang API",
    version="1",
    urls_namespace="api",
    auth=django_auth,
    docs_url="/docs",
)
api.add_router("", crm_router)
api.add_router("", dashboard_router)

_STATUS_BY_CODE = {GrayItemErrorCode.INVALID_STATUS: 422, GrayItemErrorCode.NOT_ALLOWED: 403}


@api.exception_handler(GrayItemActionError)
def gray_item_action_error(request: HttpRequest, error: GrayItemActionError) -> HttpResponse:
    body = {"code": error.code.value, "detail": str(error)}
    return api.create_response(request, body, status=_STATUS_BY_CODE.get(error.code, 409))
