"""Wagtail admin wiring: shop choosers, menu and announcement snippets, the bridge to Oscar."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.core.choosers import (
    category_chooser_viewset,
    offer_chooser_viewset,
    product_chooser_viewset,
)
from cms.core.models import Announcement, Menu
from cms.core.selectors.shop_figures import low_stock_count, orders_today_count


@hooks.register("register_admin_viewset")
def register_shop_choosers():
    return [product_chooser_viewset, category_chooser_viewset, offer_chooser_viewset]


class MenuViewSet(SnippetViewSet):
    model = Menu
    icon = "list-ul"
    menu_label = "Menus"
    list_display = ["title", "location"]
    add_to_admin_menu = True
    menu_order = 300


class AnnouncementViewSet(SnippetViewSet):
    model = Announcement
    icon = "warning"
    menu_label = "Announcements"
    list_display = ["message", "starts_at", "ends_at"]
    add_to_admin_menu = True
    menu_order = 310


register_snippet(MenuViewSet)
register_snippet(AnnouncementViewSet)


class ShopDashboardMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return user.is_staff or user.has_perm("order.view_order")


@hooks.register("register_admin_menu_item")
def register_shop_dashboard_menu_item():
    return ShopDashboardMenuItem(
        "Shop dashboard", reverse("dashboard:index"), icon_name="home", order=10000
    )


class ShopFiguresPanel(Component):
    """Orders placed today and stock records at their low-stock threshold, for editors."""

    name = "shop_figures"
    order = 50
    template_name = "cms_core/shop_figures_panel.html"

    def get_context_data(self, parent_context=None):
        return {
            "orders_today": orders_today_count(),
            "low_stock": low_stock_count(),
            "orders_url": reverse("dashboard:order-list"),
            "stock_alerts_url": reverse("dashboard:stock-alert-list"),
        }


@hooks.register("construct_homepage_panels")
def add_shop_figures_panel(request, panels):
    panels.append(ShopFiguresPanel())
