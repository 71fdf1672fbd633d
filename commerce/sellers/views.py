"""The marketplace's storefront pages."""

from django.views.generic import DetailView

from commerce.sellers.models import Seller, SellerStatus


class SellerDetailView(DetailView):
    """A seller's public page: approved sellers only (anyone else is a 404)."""

    template_name = "sellers/seller_detail.html"
    context_object_name = "seller"

    def get_queryset(self):
        return Seller.objects.filter(status=SellerStatus.APPROVED)
