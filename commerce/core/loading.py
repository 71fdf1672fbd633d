"""The project's one override of Oscar's class loading: every Oscar class the shop replaces
without forking its app is named here.

Oscar loads its classes through `get_class` / `get_classes`, which ask the loader named by
OSCAR_DYNAMIC_CLASS_LOADER (Oscar's documented hook). A fork (`manage.py oscar_fork_app`) is
the way to change a whole app; when only one class of an app changes, add it to REPLACEMENTS:

    ("<oscar module label>", "<class name>"): ("<our module>", "<class name>"),

Everything not listed loads exactly as Oscar's default loader loads it."""

from importlib import import_module

from oscar.core.loading import default_class_loader

REPLACEMENTS: dict[tuple[str, str], tuple[str, str]] = {
    # Oscar's offer applicator asking each range about all the basket's lines at once.
    ("offer.applicator", "Applicator"): ("commerce.basket.applicator", "Applicator"),
    # Oscar's product page with a parent's variants loaded once (flat query count) and the
    # variant picker.
    ("catalogue.views", "ProductDetailView"): (
        "commerce.catalogue.views",
        "ProductDetailView",
    ),
    # Oscar's sign-up (registration page and login-or-register page) and profile page, with
    # accounts created and changed by commerce.users.services, as the API does.
    ("customer.mixins", "RegisterUserMixin"): ("commerce.users.mixins", "RegisterUserMixin"),
    ("customer.views", "AccountRegistrationView"): (
        "commerce.users.views",
        "AccountRegistrationView",
    ),
    ("customer.views", "AccountAuthView"): ("commerce.users.views", "AccountAuthView"),
    ("customer.views", "ProfileUpdateView"): ("commerce.users.views", "ProfileUpdateView"),
    # Sign-up and profile forms silent about which addresses have accounts; the profile form
    # asks for the current password to change the email address.
    ("customer.forms", "EmailUserCreationForm"): ("commerce.users.forms", "EmailUserCreationForm"),
    ("customer.forms", "ProfileForm"): ("commerce.users.forms", "ProfileForm"),
    # The address book offers the shipping countries only; a single one is text, not a choice.
    ("address.forms", "UserAddressForm"): ("commerce.users.forms", "UserAddressForm"),
    # The shopper's order history, each order's lines loaded with the page.
    ("customer.views", "OrderHistoryView"): ("commerce.order.views.customer", "OrderHistoryView"),
    # The shopper's order page with line statuses, tracking, refunds and a cancel button.
    ("customer.views", "OrderDetailView"): ("commerce.order.views.customer", "OrderDetailView"),
    # The dashboard's order pages with the lifecycle's ship, cancel and refund actions; a
    # seller is handed to their own scoped views (commerce.sellers.dashboard.orders).
    ("dashboard.orders.views", "OrderDetailView"): (
        "commerce.order.views.dashboard",
        "OrderDetailView",
    ),
    ("dashboard.orders.views", "OrderListView"): (
        "commerce.order.views.dashboard",
        "OrderListView",
    ),
    # The dashboard catalogue, scoped for sellers: their own products and offers, their own
    # stock record only, read-only products they do not own, sanitised descriptions, pictures
    # within the pixel limit.
    **{
        ("dashboard.catalogue." + module, name): (
            "commerce.sellers.dashboard.catalogue." + module,
            name,
        )
        for module, name in (
            ("forms", "ProductForm"),
            ("forms", "ProductImageForm"),
            ("formsets", "StockRecordFormSet"),
            ("formsets", "ProductRecommendationFormSet"),
            ("mixins", "PartnerProductFilterMixin"),
            ("bulk_actions", "MakeProductsPublicAction"),
            ("bulk_actions", "MakeProductsNonPublicAction"),
            ("views", "ProductCreateUpdateView"),
            ("views", "ProductDeleteView"),
            ("views", "ProductLookupView"),
            ("views", "StockAlertListView"),
        )
    },
    # The dashboard's front page: an approved seller's own home (their figures and sales).
    ("dashboard.views", "IndexView"): ("commerce.sellers.dashboard.home.views", "IndexView"),
    # The rest of the dashboard's order screens: staff's, or a seller's own scoped view.
    ("dashboard.orders.views", "LineDetailView"): (
        "commerce.order.views.dashboard",
        "LineDetailView",
    ),
    ("dashboard.orders.views", "ShippingAddressUpdateView"): (
        "commerce.order.views.dashboard",
        "ShippingAddressUpdateView",
    ),
    ("dashboard.orders.views", "OrderStatsView"): (
        "commerce.order.views.dashboard",
        "OrderStatsView",
    ),
}


def class_loader(module_label, classnames, module_prefix):
    """Oscar's default_class_loader, except for the classes named in REPLACEMENTS."""
    classes = default_class_loader(module_label, classnames, module_prefix)
    for index, name in enumerate(classnames):
        replacement = REPLACEMENTS.get((module_label, name))
        if replacement:
            classes[index] = getattr(import_module(replacement[0]), replacement[1])
    return classes
