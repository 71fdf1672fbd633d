import oscar.apps.search.apps as apps
from django.db.models.signals import m2m_changed, post_delete, post_save
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

        from commerce.search.facet_cache import catalogue_version_bump

        # What a facet counts: products, their categories, offers (price, stock, partner),
        # who may sell, and attribute options. Oscar's allocations send post_save too.
        counted = [
            get_model(app, name)
            for app, name in (
                ("catalogue", "Product"),
                ("catalogue", "ProductClass"),
                ("catalogue", "Category"),
                ("catalogue", "ProductCategory"),
                ("catalogue", "ProductAttribute"),
                ("catalogue", "ProductAttributeValue"),
                ("catalogue", "AttributeOption"),
                ("partner", "Partner"),
                ("partner", "StockRecord"),
                ("sellers", "Seller"),
            )
        ]
        for model in counted:
            post_save.connect(catalogue_version_bump, sender=model, weak=False)
            post_delete.connect(catalogue_version_bump, sender=model, weak=False)
        categories = get_model("catalogue", "Product").categories.through
        m2m_changed.connect(catalogue_version_bump, sender=categories, weak=False)
