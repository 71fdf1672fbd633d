from oscar.apps.search.signals import user_search
from oscar.core.loading import get_class

BaseSearchView = get_class("search.views.base", "BaseSearchView")


class FacetedSearchView(BaseSearchView):
    """Search results for the site-wide search box."""

    template_name = "oscar/search/results.html"
    context_object_name = "results"

    def get_form(self):
        return None

    def dispatch(self, request, *args, **kwargs):
        user_search.send(
            sender=self, session=request.session, user=request.user, query=self.get_query()
        )
        return super().dispatch(request, *args, **kwargs)
