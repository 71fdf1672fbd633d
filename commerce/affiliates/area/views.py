"""The affiliate area's pages: the area itself (figures, chart, commissions, payouts) and the
link generator. Signed-in users only; anyone who is not an approved affiliate sees where they
stand instead (an invitation to apply, or why the area is closed to them)."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.views.generic import TemplateView

from commerce.affiliates.models import AffiliateStatus
from commerce.affiliates.selectors import area
from commerce.affiliates.selectors.links import referral_link
from commerce.affiliates.selectors.onboarding import affiliate_of
from commerce.core.charts import daily_bar_chart

from .forms import LinkForm

CHART_DAYS = 30
ROWS_PER_PAGE = 20


class AffiliateAreaMixin(LoginRequiredMixin):
    """Lets approved affiliates in (`self.affiliate`); shows anyone else where they stand."""

    closed_template_name = "affiliates/area/closed.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.affiliate = affiliate_of(user=request.user)
        if self.affiliate is None or not self.affiliate.is_approved:
            context = {"affiliate": self.affiliate, "statuses": AffiliateStatus}
            return TemplateResponse(request, self.closed_template_name, context)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        site_root = self.request.build_absolute_uri("/")
        return super().get_context_data(
            affiliate=self.affiliate,
            referral_link=referral_link(affiliate=self.affiliate, site_root=site_root),
            **kwargs,
        )

    def link_form(self, data=None) -> LinkForm:
        return LinkForm(
            data, affiliate=self.affiliate, site_root=self.request.build_absolute_uri("/")
        )


class AffiliateAreaView(AffiliateAreaMixin, TemplateView):
    """The affiliate's figures, a chart of their earnings, their commissions and payouts."""

    template_name = "affiliates/area/home.html"

    def get_context_data(self, **kwargs):
        affiliate, page = self.affiliate, self.request.GET
        series = area.affiliate_daily_series(affiliate=affiliate, days=CHART_DAYS)
        commissions = Paginator(area.affiliate_commissions(affiliate=affiliate), ROWS_PER_PAGE)
        payouts = Paginator(area.affiliate_payouts(affiliate=affiliate), ROWS_PER_PAGE)
        return super().get_context_data(
            summary=area.affiliate_summary(affiliate=affiliate),
            chart=daily_bar_chart(series=series, value=lambda day: day.earnings),
            chart_days=CHART_DAYS,
            commissions=commissions.get_page(page.get("commissions")),
            payouts=payouts.get_page(page.get("payouts")),
            link_form=self.link_form(),
            **kwargs,
        )


class AffiliateLinksView(AffiliateAreaMixin, TemplateView):
    """The link generator: any page of the shop (`?url=`) with the affiliate's code."""

    template_name = "affiliates/area/links.html"

    def get_context_data(self, **kwargs):
        form = self.link_form(self.request.GET if "url" in self.request.GET else None)
        generated = form.cleaned_data["url"] if form.is_bound and form.is_valid() else None
        return super().get_context_data(link_form=form, generated_link=generated, **kwargs)
