"""An affiliate's referral links: any page of the shop with `?ref=CODE` (AFFILIATE_REF_PARAM);
never a link to another site, so the shop's name is not lent to somebody else's pages."""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.utils.http import url_has_allowed_host_and_scheme

from commerce.affiliates.models import Affiliate


class LinkRefused(ValueError):
    """The URL is not a page of this shop; the message says what to give instead."""


def referral_link(*, affiliate: Affiliate, site_root: str, url: str = "") -> str:
    """The absolute URL of a shop page (`url`: a path or a URL of this site; empty = the home
    page) with the affiliate's code as `?ref=`, other query parameters kept; raises
    LinkRefused for anything else."""
    root = urlsplit(site_root)
    url = url.strip() or "/"
    if not url_has_allowed_host_and_scheme(url, allowed_hosts={root.netloc}):
        raise LinkRefused(
            "Links can only point to this shop: give a path such as /catalogue/ or a URL "
            f"starting with {site_root}."
        )
    target = urlsplit(url)
    path = target.path if target.path.startswith("/") else f"/{target.path}"
    param = settings.AFFILIATE_REF_PARAM
    query = [
        (name, value)
        for name, value in parse_qsl(target.query, keep_blank_values=True)
        if name != param
    ]
    query.append((param, affiliate.code))
    return urlunsplit((root.scheme, root.netloc, path, urlencode(query), target.fragment))
