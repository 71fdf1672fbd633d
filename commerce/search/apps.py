import oscar.apps.search.apps as apps
from django.db.models.signals import post_delete, post_save
from oscar.core.loading import get_model


class SearchConfig(apps.SearchConfig):
    name = "commerce.search"

    def ready(self):
        super().ready()
        from commerce.search.services import search_vocabulary_invalidate_after_commit

        # Product titles and category names are the words search corrects spelling against.
        for model in (get_model("catalogue", "Product"), get_model("catalogue", "Category")):
            post_save.connect(search_vocabulary_invalidate_after_commit, sender=model, weak=False)
            post_delete.connect(search_vocabulary_invalidate_after_commit, sender=model, weak=False)
