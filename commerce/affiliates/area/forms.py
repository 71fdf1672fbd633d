"""The link generator's form (validation only: the link is commerce.affiliates.selectors.links)."""

from django import forms

from commerce.affiliates.selectors.links import LinkRefused, referral_link


class LinkForm(forms.Form):
    """A page of the shop to link to, turned into the affiliate's referral link to it."""

    url = forms.CharField(
        label="Page of the shop",
        max_length=2000,
        help_text="Paste the address of any page of the shop, or its path such as /catalogue/.",
    )

    def __init__(self, *args, affiliate, site_root: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.affiliate, self.site_root = affiliate, site_root

    def clean_url(self) -> str:
        try:
            return referral_link(
                affiliate=self.affiliate, site_root=self.site_root, url=self.cleaned_data["url"]
            )
        except LinkRefused as refusal:
            raise forms.ValidationError(str(refusal), code="not_this_shop") from None
