"""Category ancestry shared by every rule "on a category" (sellers' commission rules,
affiliates' category rates): a rule on a category covers its sub-categories."""

from oscar.core.loading import get_model

Category = get_model("catalogue", "Category")


def category_paths(product) -> set[str]:
    """Materialised paths (treebeard) of the product's categories and all their ancestors; a
    variant counts its parent's categories."""
    owner = product.parent if product.is_child else product
    paths = set()
    for path in owner.categories.values_list("path", flat=True):
        paths.update(path[:end] for end in range(Category.steplen, len(path) + 1, Category.steplen))
    return paths
