"""Referral links: `?ref=CODE` on any page of the site counts a click, sets the attribution
cookie and redirects to the same URL without `ref` (commerce.affiliates.services.tracking).
A request without the parameter costs one dictionary lookup and no query."""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils.cache import add_never_cache_headers

from .selectors.tracking import link_path_is_tracked, url_without_param
from .services.tracking import attribution_cookie_set, referral_link_follow


class ReferralLinkMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        param = settings.AFFILIATE_REF_PARAM
        if (
            param not in request.GET
            or request.method not in ("GET", "HEAD")
            or not link_path_is_tracked(path=request.path_info)
        ):
            return self.get_response(request)
        response = HttpResponseRedirect(url_without_param(request=request, param=param))
        # Never cached: a prefetched redirect must not stand in for the real visit, and the
        # cookie belongs to this visitor only.
        add_never_cache_headers(response)
        attribution = referral_link_follow(request=request, code=request.GET[param])
        if attribution is not None:
            attribution_cookie_set(
                response=response, attribution=attribution, secure=request.is_secure()
            )
        return response
