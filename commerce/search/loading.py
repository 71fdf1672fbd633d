"""Oscar's class loader, with the one view this app replaces outside its own fork.

Oscar's product page (`catalogue.views.ProductDetailView`) would need a fork of the whole
catalogue app to change; OSCAR_DYNAMIC_CLASS_LOADER is Oscar's documented hook for swapping a
class without one. Everything else loads exactly as Oscar's default loader does."""

from oscar.core.loading import default_class_loader

REPLACEMENTS = {
    ("catalogue.views", "ProductDetailView"): (
        "commerce.search.views.product",
        "ProductDetailView",
    ),
}


def class_loader(module_label, classnames, module_prefix):
    """Oscar's default_class_loader, except for the classes named in REPLACEMENTS."""
    classes = default_class_loader(module_label, classnames, module_prefix)
    for index, name in enumerate(classnames):
        replacement = REPLACEMENTS.get((module_label, name))
        if replacement:
            from importlib import import_module

            classes[index] = getattr(import_module(replacement[0]), replacement[1])
    return classes
