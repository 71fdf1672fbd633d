from urllib.parse import unquote

from django.http import HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.http import Http404
from oscar.core.loading import get_class, get_model

BaseSearchView = get_class("search.views.base", "BaseSearchView")
Category = get_model("catalogue", "Category")


class CatalogueView(BaseSearchView):
    """All products."""

    context_object_name = "products"
    template_name = "oscar/catalogue/browse.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["summary"] = "All products"
        return context

    def get_form(self):
        return None


class ProductCategoryView(BaseSearchView):
    """Products in a category and its sub-categories."""

    context_object_name = "products"
    template_name = "oscar/catalogue/category.html"

    def get(self, request, *args, **kwargs):
        self.category = get_object_or_404(Category, pk=self.kwargs["pk"])
        if not (self.category.is_public or request.user.is_staff):
            raise Http404()
        expected_path = self.category.get_absolute_url()
        if unquote(expected_path) != unquote(request.path):
            return HttpResponsePermanentRedirect(expected_path)
        return super().get(request, *args, **kwargs)

    def get_categories(self):
        return self.category.get_descendants_and_self()

    def get_form(self):
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["category"] = self.category
        context["summary"] = self.category.name
        return context
