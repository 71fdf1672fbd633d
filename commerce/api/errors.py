"""One error shape for every API failure: {"error": {"code", "message", "fields"}}.

DRF's own handler still runs first (it turns Http404/PermissionDenied into API errors and sets
WWW-Authenticate and Retry-After headers); this module only rewrites the body. Services raise
Django's ValidationError (the site's forms show the same errors): here it becomes a 400 with its
messages per field, exactly like a serializer's.
"""

from enum import StrEnum

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, RequestDataTooBig
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, JsonResponse
from rest_framework import exceptions
from rest_framework.serializers import as_serializer_error
from rest_framework.views import exception_handler as drf_exception_handler


class ErrorCode(StrEnum):
    """Machine-readable error codes a client can switch on."""

    INVALID = "invalid"
    PARSE_ERROR = "parse_error"
    NOT_AUTHENTICATED = "not_authenticated"
    AUTHENTICATION_FAILED = "authentication_failed"
    TOKEN_NOT_VALID = "token_not_valid"
    PERMISSION_DENIED = "permission_denied"
    NOT_FOUND = "not_found"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    NOT_ACCEPTABLE = "not_acceptable"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    THROTTLED = "throttled"
    # Sign-in and token refusals (simplejwt's codes).
    NO_ACTIVE_ACCOUNT = "no_active_account"
    USER_INACTIVE = "user_inactive"
    USER_NOT_FOUND = "user_not_found"
    PASSWORD_CHANGED = "password_changed"
    # An order change the order lifecycle refuses (commerce.order.exceptions), answered 409.
    ALREADY_SHIPPED = "already_shipped"
    ALREADY_CANCELLED = "already_cancelled"
    NOT_CANCELLABLE = "not_cancellable"
    # A seller's catalogue change refused (commerce.sellers.services.catalogue): 403, or 409
    # when others offer the product.
    NOT_APPROVED_SELLER = "not_approved_seller"
    NOT_PRODUCT_OWNER = "not_product_owner"
    PRODUCT_HAS_OTHER_OFFERS = "product_has_other_offers"
    # A seller ship request the lifecycle refuses (commerce.sellers.services.orders): 409.
    NOT_SHIPPABLE = "not_shippable"
    # An affiliate's own endpoint asked by someone who is not an approved affiliate: 403.
    NOT_APPROVED_AFFILIATE = "not_approved_affiliate"
    # A body over DATA_UPLOAD_MAX_MEMORY_SIZE: 413.
    REQUEST_TOO_LARGE = "request_too_large"
    # Too many wrong passwords for this account from this address (django-axes): 429.
    LOCKED_OUT = "locked_out"


class RequestTooLarge(exceptions.APIException):
    status_code = 413
    default_detail = "The request body is larger than the API accepts."
    default_code = ErrorCode.REQUEST_TOO_LARGE


# What the client should do next, added to DRF's terse default messages.
_HINTS = {
    ErrorCode.NOT_AUTHENTICATED: (
        "Send 'Authorization: Bearer <access token>'; get a token pair from "
        "POST /api/v1/auth/token/."
    ),
    ErrorCode.TOKEN_NOT_VALID: (
        "Refresh an expired access token with POST /api/v1/auth/token/refresh/; if the "
        "refresh token is refused too, sign in again with POST /api/v1/auth/token/."
    ),
    ErrorCode.UNSUPPORTED_MEDIA_TYPE: "Send a JSON body with 'Content-Type: application/json'.",
    ErrorCode.PARSE_ERROR: "Send a valid JSON body.",
    ErrorCode.NOT_ACCEPTABLE: "Ask for 'Accept: application/json'.",
}

INVALID_MESSAGE = "Some fields are not valid: correct them and send the request again."


def error_body(*, code: str, message: str, fields: dict | None = None) -> dict:
    """The JSON body of an API error."""
    return {"error": {"code": str(code), "message": message, "fields": fields or {}}}


def _flatten(detail) -> list[str]:
    if isinstance(detail, dict):
        return [msg for value in detail.values() for msg in _flatten(value)]
    if isinstance(detail, list | tuple):
        return [msg for value in detail for msg in _flatten(value)]
    return [str(detail)]


def _validation_error(detail) -> dict:
    if not isinstance(detail, dict):
        return error_body(code=ErrorCode.INVALID, message=" ".join(_flatten(detail)))
    fields = {name: _flatten(value) for name, value in detail.items()}
    # DRF's key, or Django's ("__all__") from a service's ValidationError({NON_FIELD_ERRORS: ...}).
    general = fields.pop("non_field_errors", None) or fields.pop(NON_FIELD_ERRORS, None)
    message = " ".join(general) if general else INVALID_MESSAGE
    return error_body(code=ErrorCode.INVALID, message=message, fields=fields)


def _other_error(exc: exceptions.APIException) -> dict:
    detail = exc.detail
    if isinstance(detail, dict):  # simplejwt's InvalidToken: {"detail", "code", "messages"}
        message = str(detail.get("detail", ""))
        code = str(detail.get("code") or exc.default_code)
    else:
        message = " ".join(_flatten(detail))
        code = str(getattr(detail, "code", None) or exc.default_code)
    hint = _HINTS.get(code)
    if hint:
        message = f"{message.rstrip('.')}. {hint}" if message else hint
    return error_body(code=code, message=message)


def api_exception_handler(exc, context):
    """DRF EXCEPTION_HANDLER: DRF's handling, with every error body in the one API shape.
    Views outside /api/ (Wagtail's admin API) keep DRF's body, which their clients expect."""
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    elif isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(as_serializer_error(exc))
    elif isinstance(exc, RequestDataTooBig):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1024
        exc = RequestTooLarge(f"The request body is over {limit} KB: send a smaller one.")
    response = drf_exception_handler(exc, context)
    request = context.get("request")
    if response is None or (request is not None and not request.path.startswith("/api/")):
        return response
    if isinstance(exc, exceptions.ValidationError):
        response.data = _validation_error(exc.detail)
    else:
        response.data = _other_error(exc)
    return response


def endpoint_not_found(request, *args, **kwargs) -> JsonResponse:
    """Django view for paths under /api/v1/ that match no endpoint (instead of an HTML page)."""
    return JsonResponse(
        error_body(
            code=ErrorCode.NOT_FOUND,
            message="There is no API endpoint at this address. See /api/v1/docs/ for the list.",
        ),
        status=404,
    )
