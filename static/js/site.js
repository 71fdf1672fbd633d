/* The storefront's own behaviour, small and without jQuery: the basket drawer "Add to basket"
   opens, the filter drawer on phones, and filters that apply without losing the shopper's place.
   Every part has a no-JavaScript fallback in the markup (see the templates named below). */
(function () {
  "use strict";

  var PHONE = window.matchMedia("(max-width: 767.98px)");
  var SCROLL_KEY = "listing-scroll";

  function focusables(root) {
    return root.querySelectorAll("a[href], button:not([disabled]), input:not([disabled]), select, textarea");
  }

  /* One open drawer at a time; Escape or the backdrop closes it and focus returns to its opener. */
  var backdrop = null;
  var open = null;

  function ensureBackdrop() {
    if (!backdrop) {
      backdrop = document.createElement("div");
      backdrop.className = "drawer-backdrop";
      backdrop.hidden = true;
      backdrop.addEventListener("click", function () { closeDrawer(); });
      document.body.appendChild(backdrop);
    }
    return backdrop;
  }

  function openDrawer(panel, opener, options) {
    if (open) { closeDrawer(); }
    open = { panel: panel, opener: opener, modal: options.modal, onClose: options.onClose };
    panel.hidden = false;
    panel.classList.add("is-open");
    if (opener) { opener.setAttribute("aria-expanded", "true"); }
    if (options.modal) {
      ensureBackdrop().hidden = false;
      document.body.classList.add("has-drawer-open");
    }
    panel.focus({ preventScroll: true });
  }

  function closeDrawer(keepFocus) {
    if (!open) { return; }
    var current = open;
    open = null;
    current.panel.classList.remove("is-open");
    if (current.opener) { current.opener.setAttribute("aria-expanded", "false"); }
    if (backdrop) { backdrop.hidden = true; }
    document.body.classList.remove("has-drawer-open");
    if (current.onClose) { current.onClose(keepFocus); }
    if (current.opener && !keepFocus) { current.opener.focus({ preventScroll: true }); }
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && open) { closeDrawer(); }
    // Keep Tab inside a modal drawer (the phone filters).
    if (event.key === "Tab" && open && open.modal) {
      var items = focusables(open.panel);
      if (!items.length) { return; }
      var first = items[0];
      var last = items[items.length - 1];
      if (event.shiftKey && document.activeElement === first) { last.focus(); event.preventDefault(); }
      else if (!event.shiftKey && document.activeElement === last) { first.focus(); event.preventDefault(); }
    }
  });

  /* Basket drawer (templates/includes/basket_drawer.html): rendered only on the page that
     "Add to basket" redirected to; it opens there, under the header's basket link. */
  function basketDrawer() {
    var drawer = document.querySelector("[data-basket-drawer]");
    if (!drawer) { return; }
    var badge = document.querySelector(".site-header .basket-badge");
    drawer.querySelectorAll("[data-drawer-close]").forEach(function (button) {
      button.addEventListener("click", function () { closeDrawer(); });
    });
    document.addEventListener("click", function (event) {
      // A click elsewhere closes it and leaves focus where the shopper clicked.
      if (open && open.panel === drawer && !drawer.contains(event.target)) { closeDrawer(true); }
    });
    openDrawer(drawer, null, {
      modal: false,
      onClose: function (keepFocus) {
        drawer.hidden = true;
        if (badge && !keepFocus) { badge.focus({ preventScroll: true }); }
      }
    });
  }

  /* Filters (templates/includes/facets.html): a drawer on phones, opened by the listing bar's
     "Filters" button (a link to #filters without JavaScript). On wider screens a ticked box
     applies at once; on phones the shopper ticks several and applies them together. */
  function filters() {
    var panel = document.querySelector("[data-filters-panel]");
    var form = document.querySelector("[data-facets-form]");
    var toggle = document.querySelector("[data-filters-toggle]");
    if (!panel || !form) { return; }
    if (toggle) {
      toggle.addEventListener("click", function (event) {
        event.preventDefault();
        openDrawer(panel, toggle, { modal: true });
      });
    }
    panel.querySelectorAll("[data-filters-close]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        closeDrawer();
      });
    });
    form.addEventListener("change", function (event) {
      if (event.target.type === "checkbox" && !PHONE.matches) { form.requestSubmit(); }
    });
    form.addEventListener("submit", function () {
      sessionStorage.setItem(SCROLL_KEY, JSON.stringify({ path: location.pathname, y: window.scrollY }));
    });
    // A page applying filters returns anchored at #listing; put the shopper back where they were.
    var saved = sessionStorage.getItem(SCROLL_KEY);
    sessionStorage.removeItem(SCROLL_KEY);
    if (saved) {
      try {
        saved = JSON.parse(saved);
        if (saved.path === location.pathname) {
          window.requestAnimationFrame(function () { window.scrollTo(0, saved.y); });
        }
      } catch (error) { /* a stale or foreign value: keep the #listing anchor */ }
    }
    PHONE.addEventListener("change", function () { if (open && open.panel === panel) { closeDrawer(); } });
  }

  function ready() {
    basketDrawer();
    filters();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
