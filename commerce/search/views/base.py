from django.conf import settings
from django.views.generic import ListView

from commerce.search.selectors import product_browsable_list


class BaseSearchView(ListView):
    """Lists browsable products from the database (replaces Oscar's haystack-backed view)."""

    paginate_by = settings.OSCAR_PRODUCTS_PER_PAGE
    form_class = None
    form_name = "form"

    def get_form_kwargs(self):
        return {"data": self.request.GET or None}

    def get_form(self):
        return self.form_class(**self.get_form_kwargs())

    def get_query(self) -> str:
        return (self.request.GET.get("q") or "").strip()[:200]

    def get_categories(self):
        return None

    def get_queryset(self):
        return product_browsable_list(categories=self.get_categories(), query=self.get_query())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context[self.form_name] = self.get_form()
        context["query"] = self.get_query()
        context["page"] = context["page_obj"]
        return context
