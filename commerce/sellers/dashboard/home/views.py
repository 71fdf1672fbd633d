"""The dashboard's front page (Oscar's index, swapped in through commerce.core.loading): a
seller sees their own home - their figures for today, 7 and 30 days and a chart of their
sales - instead of Oscar's statistics, which count whole orders with shipping and other
sellers' lines; staff keep Oscar's index.

Any seller who reaches the dashboard gets the home, not only an approved one: a suspended
seller who keeps dashboard access to fulfil their orders (commerce.sellers.selectors.access)
must not fall back to Oscar's figures."""

from django.template.response import TemplateResponse
from oscar.apps.dashboard.views import IndexView as OscarIndexView

from commerce.core.charts import daily_bar_chart
from commerce.sellers.selectors import stats
from commerce.sellers.selectors.access import seller_of

CHART_DAYS = 30


class IndexView(OscarIndexView):
    seller_template_name = "sellers/dashboard/home.html"

    def get(self, request, *args, **kwargs):
        seller = None if request.user.is_staff else seller_of(user=request.user)
        if seller is None:
            return super().get(request, *args, **kwargs)
        series = stats.seller_daily_series(seller=seller, days=CHART_DAYS)
        context = {
            "view": self,
            "seller": seller,
            "figures": stats.seller_figures(seller=seller),
            "chart": daily_bar_chart(series=series),
            "chart_days": CHART_DAYS,
        }
        return TemplateResponse(request, self.seller_template_name, context)
