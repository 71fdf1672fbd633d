"""The API's front door: what a developer sees at /api/v1/."""

from django.conf import settings
from django.urls import reverse
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from .schema import COMMON_ERRORS, error_responses

ENDPOINTS = {
    "token": "api:token",
    "products": "api:product-list",
    "categories": "api:category-tree",
    "orders": "api:order-list",
    "schema": "api:schema",
    "docs": "api:docs",
}


class ApiRootView(APIView):
    """Names the API and links to its main endpoints and documentation."""

    permission_classes = [AllowAny]

    @extend_schema(
        tags=["meta"],
        summary="API index: version and links to the main endpoints and the docs",
        responses={
            200: inline_serializer(
                "ApiRoot",
                fields={
                    "name": serializers.CharField(),
                    "version": serializers.CharField(),
                    "links": serializers.DictField(child=serializers.CharField()),
                },
            ),
            **error_responses(401, *COMMON_ERRORS),
        },
    )
    def get(self, request):
        links = {name: request.build_absolute_uri(reverse(url)) for name, url in ENDPOINTS.items()}
        return Response(
            {
                "name": settings.SPECTACULAR_SETTINGS["TITLE"],
                "version": settings.SPECTACULAR_SETTINGS["VERSION"],
                "links": links,
            }
        )
