"""Oscar's product page, loading a product's offers (and a parent's variants) once: the price,
the availability, "sold by", the other offers, the variant picker and the add-to-basket form
all read them; and the picker's form, which adds the variant its choices name."""

from urllib.parse import urlencode

from django.contrib import messages
from django.db.models import prefetch_related_objects
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.views.generic import FormView
from oscar.apps.catalogue.views import ProductDetailView as OscarProductDetailView
from oscar.core.loading import get_class, get_model

from commerce.catalogue.offers import product_page_offers
from commerce.catalogue.prices import site_offers_of
from commerce.catalogue.variants import (
    product_variant_matrix,
    product_variants_loaded,
    variant_chosen,
    variant_options_label,
    variant_picker,
    variant_picker_data,
)
from commerce.partner.pricing import offers_prefetch

BasketAddView = get_class("basket.views", "BasketAddView")
Product = get_model("catalogue", "Product")


class ProductDetailView(OscarProductDetailView):
    """Oscar's ProductDetailView with a flat query count, the product's offers (the one shown,
    "sold by", and the others on sale, each with its own add-to-basket button) and, on a
    parent, the variant picker."""

    def get_object(self, queryset=None):
        product = super().get_object(queryset)
        if product.is_parent and not hasattr(product, "_prefetched_public_children"):
            product_variants_loaded(product=product)
        elif not product.is_parent:
            prefetch_related_objects([product], offers_prefetch())
        return product

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        strategy = self.request.strategy
        site_offers = site_offers_of(request=self.request)
        context["offers"] = product_page_offers(
            product=self.object, strategy=strategy, site_offers=site_offers
        )
        if self.object.is_parent:
            matrix = product_variant_matrix(
                product=self.object, strategy=strategy, offers=site_offers
            )
            context["picker"] = variant_picker(matrix=matrix, query=self.request.GET)
            context["picker_data"] = variant_picker_data(matrix=matrix)
        elif self.object.is_child:
            context["variant_options_label"] = variant_options_label(product=self.object)
        return context


class VariantAddView(BasketAddView):
    """The variant picker's form without JavaScript: adds the variant the chosen options name
    (Oscar's add-to-basket, messages included), or opens its page ("action=view"); a
    combination not made or sold out goes back to the picker with a sentence saying why."""

    def post(self, request, *args, **kwargs):
        parent = get_object_or_404(
            Product.objects.browsable().filter(structure=Product.PARENT), **kwargs
        )
        matrix = product_variant_matrix(
            product=parent, strategy=request.strategy, offers=site_offers_of(request=request)
        )
        chosen = {axis.code: request.POST.get(axis.code, "") for axis in matrix.axes}
        choice = variant_chosen(matrix=matrix, chosen=chosen)
        if request.POST.get("action") == "view" and choice.variant is not None:
            return HttpResponseRedirect(choice.variant.product.get_absolute_url())
        if choice.problem:
            messages.error(request, choice.problem)
            query = urlencode({code: value for code, value in chosen.items() if value})
            return HttpResponseRedirect(f"{parent.get_absolute_url()}?{query}#variant-picker")
        self.product = choice.variant.product
        # Oscar's BasketAddView.post looks the product up by the URL's pk: here it is chosen.
        return FormView.post(self, request, *args, **kwargs)
