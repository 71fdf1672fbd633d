import oscar.apps.search.apps as apps
from django.db.models.signals import post_delete, post_save
from oscar.core.loading import get_model


class SearchConfig(apps.SearchConfig):
    name = "commerce.search"

    def ready(self):
        super().ready()
        from commerce.search import receivers
        from commerce.search.services import search_vocabulary_invalidate_after_commit

        # Product titles and category names are the words search corrects spelling against.
        for model in (get_model("catalogue", "Product"), get_model("catalogue", "Category")):
            post_save.connect(search_vocabulary_invalidate_after_commit, sender=model, weak=False)
            post_delete.connect(search_vocabulary_invalidate_after_commit, sender=model, weak=False)

        # What the catalogue listing holds (commerce.search.models.ListedProduct).
        for model, receiver in (
            (get_model("partner", "StockRecord"), receivers.stock_record_changed),
            (get_model("catalogue", "Product"), receivers.product_changed),
            (get_model("sellers", "Seller"), receivers.seller_changed),
            (get_model("catalogue", "ProductClass"), receivers.product_class_changed),
        ):
            post_save.connect(receiver, sender=model, weak=False)
            post_delete.connect(receiver, sender=model, weak=False)
