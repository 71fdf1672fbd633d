"""HTML that sellers and staff type, made safe to print: one allow-list, one sanitiser (nh3).

Text is sanitised when it is saved (services call `html_sanitise`) and again where it is
printed (templates use the `sanitised` filter of commerce.core.templatetags.html_tags), so
rows written before the rule existed, or by other paths, are inert too."""

import nh3

ALLOWED_TAGS = {
    "a", "b", "blockquote", "br", "em", "h2", "h3", "h4", "i", "li", "ol", "p", "strong", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def html_sanitise(html: str) -> str:
    """`html` with only the allowed tags and attributes: no script, no event handlers, no
    `javascript:` links; links get rel="noopener noreferrer nofollow"."""
    if not html:
        return ""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )
