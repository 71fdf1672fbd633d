"""OpenAPI pieces every endpoint shares: the error body and its documented responses."""

from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers

from .errors import ErrorCode


class ErrorDetailSerializer(serializers.Serializer):
    """code, message and per-field messages of one API error."""

    def get_fields(self):
        # "fields" cannot be a declared attribute: Serializer.fields is taken.
        return {
            "code": serializers.CharField(help_text=f"One of: {', '.join(ErrorCode)}."),
            "message": serializers.CharField(help_text="What went wrong and what to do."),
            "fields": serializers.DictField(
                child=serializers.ListField(child=serializers.CharField()),
                help_text="Messages per request field (validation errors only).",
            ),
        }


class ErrorSerializer(serializers.Serializer):
    """The body of every API error response."""

    error = ErrorDetailSerializer()


_DESCRIPTIONS = {
    400: "Invalid request: `error.fields` says which field is wrong and why.",
    401: "Not signed in, or the token is invalid, expired or revoked.",
    403: "Signed in, but not allowed to do this.",
    404: "No such object (or not yours).",
    405: "This method is not allowed here.",
    406: "Only JSON responses are available.",
    415: "The body must be JSON.",
    429: "Too many requests: wait the number of seconds in Retry-After.",
}


def error_responses(*statuses: int) -> dict[int, OpenApiResponse]:
    """OpenAPI responses for the given error statuses, all with the one error body."""
    return {
        status: OpenApiResponse(response=ErrorSerializer, description=_DESCRIPTIONS[status])
        for status in statuses
    }


# Errors any endpoint may answer with: bad Accept header, throttling.
COMMON_ERRORS = (406, 429)
# ... and any endpoint taking a JSON body.
BODY_ERRORS = (400, 415, *COMMON_ERRORS)


def api_endpoints_only(endpoints, **kwargs):
    """drf-spectacular PREPROCESSING_HOOK: document /api/ only (not Wagtail's admin API)."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/")]
