"""Settings shared by every environment; what differs per deployment comes from the environment."""

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import environ
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from oscar.defaults import *  # noqa: F403  (Oscar's documented way to take its defaults)

from commerce.dashboard.navigation import DASHBOARD_NAVIGATION

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# ------------------------------------------------------------------ apps
DJANGO_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # WhiteNoise's runserver must be found before staticfiles' own (the first app wins).
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.flatpages",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

THIRD_PARTY_APPS = [
    # ---- django-oscar, in Oscar's own order. Our forks (commerce.checkout, .shipping, .partner,
    # .order, .search) stand where Oscar's app stood: a fork keeps the Oscar app's label, so it
    # replaces that entry (two apps cannot share a label) rather than joining LOCAL_APPS.
    "oscar.config.Shop",
    "oscar.apps.analytics.apps.AnalyticsConfig",
    "commerce.checkout.apps.CheckoutConfig",
    "oscar.apps.address.apps.AddressConfig",
    "commerce.shipping.apps.ShippingConfig",
    "oscar.apps.catalogue.apps.CatalogueConfig",
    "oscar.apps.catalogue.reviews.apps.CatalogueReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "commerce.partner.apps.PartnerConfig",
    "commerce.basket.apps.BasketConfig",
    "oscar.apps.payment.apps.PaymentConfig",
    "oscar.apps.offer.apps.OfferConfig",
    "commerce.order.apps.OrderConfig",
    "oscar.apps.customer.apps.CustomerConfig",
    "commerce.search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "oscar.apps.dashboard.apps.DashboardConfig",
    "oscar.apps.dashboard.reports.apps.ReportsDashboardConfig",
    "oscar.apps.dashboard.users.apps.UsersDashboardConfig",
    "oscar.apps.dashboard.orders.apps.OrdersDashboardConfig",
    "commerce.sellers.dashboard.catalogue.apps.CatalogueDashboardConfig",  # Oscar's, + sellers
    "oscar.apps.dashboard.offers.apps.OffersDashboardConfig",
    "oscar.apps.dashboard.partners.apps.PartnersDashboardConfig",
    "oscar.apps.dashboard.pages.apps.PagesDashboardConfig",
    "oscar.apps.dashboard.ranges.apps.RangesDashboardConfig",
    "oscar.apps.dashboard.reviews.apps.ReviewsDashboardConfig",
    "oscar.apps.dashboard.vouchers.apps.VouchersDashboardConfig",
    "oscar.apps.dashboard.communications.apps.CommunicationsDashboardConfig",
    "oscar.apps.dashboard.shipping.apps.ShippingDashboardConfig",
    # ---- Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    # ---- what Oscar and Wagtail build on
    "modelcluster",
    "taggit",
    "widget_tweaks",
    "haystack",
    "treebeard",
    "sorl.thumbnail",
    "django_tables2",
    "django_filters",
    # ---- the JSON API
    "rest_framework",
    "rest_framework_simplejwt",
    "rest_framework_simplejwt.token_blacklist",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    # ---- background work (django-tasks; its database backend runs the "background" alias)
    "django_tasks",
    "django_tasks_db",
    # ---- sign-in lockouts (failed attempts per account and address)
    "axes",
]

LOCAL_APPS = [
    "commerce.core",
    "commerce.users",
    "commerce.sellers",
    "commerce.sellers.dashboard.apps.SellersDashboardConfig",
    "commerce.affiliates",
    "commerce.affiliates.dashboard.apps.AffiliatesDashboardConfig",
    "commerce.points",
    "commerce.points.dashboard.apps.PointsDashboardConfig",
    "cms.core",
    "cms.pages",
    "commerce.webhooks",
    "commerce.webhooks.dashboard.apps.WebhooksDashboardConfig",
]

INSTALLED_APPS = DJANGO_APPS + THIRD_PARTY_APPS + LOCAL_APPS

SITE_ID = 1
AUTH_USER_MODEL = "users.User"
# One backend: a second would hash a wrong password twice for a known email and once for an
# unknown one, telling which emails have accounts.
AUTHENTICATION_BACKENDS = [
    # Refuses, before any password is hashed, an account locked out from this address (AXES_*).
    "axes.backends.AxesStandaloneBackend",
    "commerce.users.auth_backends.EmailBackend",
]
LOGIN_URL = "customer:login"
LOGIN_REDIRECT_URL = "customer:summary"

# ------------------------------------------------------------------ middleware / urls
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # CORS answers before anything else may (WhiteNoise, CommonMiddleware), and only under /api/.
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "commerce.affiliates.middleware.ReferralLinkMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "oscar.apps.basket.middleware.BasketMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: turns a sign-in refused by a lockout into the "too many attempts" page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.template.context_processors.i18n",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                # Not Oscar's search_form processor: no template of ours reads it, and Wagtail's
                # admin listings render any `search_form` in context (a product "Sort by").
                "oscar.apps.checkout.context_processors.checkout",
                "oscar.apps.communication.notifications.context_processors.notifications",
                "oscar.core.context_processors.metadata",
            ],
        },
    },
]

# ------------------------------------------------------------------ data
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrency on the embedded database: WAL lets readers run beside one writer,
    # IMMEDIATE takes the write lock at BEGIN so writers queue (busy timeout) instead
    # of failing with "database is locked" when they upgrade a read lock.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000;"
        ),
    }
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # JIT compiles a faceted listing's big counting query for seconds and never pays back on
    # pages like these; the trigram threshold makes "shrit" find "shirt" (Postgres's 0.6 would not).
    _db_options = DATABASES["default"].setdefault("OPTIONS", {})
    _db_options["options"] = (
        _db_options.get("options", "") + " -c jit=off -c pg_trgm.word_similarity_threshold=0.3"
    ).strip()

# Django's default, stated because an unset DEFAULT_AUTO_FIELD warns (models.W042) on every
# model of an app that does not name its own.
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

# A cache every gunicorn worker shares (the default is a folder under var/), so throttles count
# across workers and an editor's change drops cached header/footer data everywhere. Production
# sets CACHE_URL to Redis or Memcached.
CACHES = {"default": env.cache("CACHE_URL", default=f"filecache://{VAR_DIR / 'cache'}")}

# ------------------------------------------------------------------ i18n
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"

# ------------------------------------------------------------------ static and media
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=VAR_DIR / "static")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# ------------------------------------------------------------------ email
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
# EMAIL_URL (e.g. smtp+tls://user:password@smtp.example.com:587) sets the backend, host, port,
# credentials and TLS at once; production requires it.
if env("EMAIL_URL", default=""):
    vars().update(env.email_url("EMAIL_URL"))
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="shop@example.com")
OSCAR_FROM_EMAIL = DEFAULT_FROM_EMAIL

# ------------------------------------------------------------------ Oscar
OSCAR_SHOP_NAME = env("SHOP_NAME", default="Larder & Loom")
OSCAR_SHOP_TAGLINE = "Goods worth keeping"
OSCAR_HOMEPAGE = "/"
OSCAR_ALLOW_ANON_CHECKOUT = True
THUMBNAIL_PRESERVE_FORMAT = True
# Oscar classes the shop replaces without forking their app: commerce/core/loading.py.
OSCAR_DYNAMIC_CLASS_LOADER = "commerce.core.loading.class_loader"
# Oscar's menu without its flatpages screens (editors have one place for content, Wagtail)
# and with a link back to the CMS: commerce/dashboard/navigation.py.
OSCAR_DASHBOARD_NAVIGATION = DASHBOARD_NAVIGATION

# Oscar's storefront search is replaced by database-backed views (commerce.search);
# haystack stays configured because Oscar imports it (its search forms, which the
# search_form context processor loads, build on haystack's).
HAYSTACK_CONNECTIONS = {
    "default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"},
}
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"

# ------------------------------------------------------------------ Wagtail
WAGTAIL_SITE_NAME = OSCAR_SHOP_NAME
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Editors' avatars are their initials: no request to an outside avatar service.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Uploaded pictures may have at most this many pixels (commerce.core.images), Wagtail's too.
IMAGE_MAX_PIXELS = env.int("IMAGE_MAX_PIXELS", default=36_000_000)
WAGTAILIMAGES_MAX_IMAGE_PIXELS = IMAGE_MAX_PIXELS
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]

# ------------------------------------------------------------------ API
# The JSON API under /api/v1/ (commerce.api): JWT sign-in, one error format, page-number
# pagination, throttles, CORS for the configured origins, an OpenAPI schema with Swagger UI.
CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS", default=[])
# How many proxies in front of the shop append to X-Forwarded-For (0: nobody does, the client is
# REMOTE_ADDR and the header is ignored, since anyone can send it). The one number both the API's
# throttles and sign-in lockouts (commerce.users.signin.client_ip) read; API_NUM_PROXIES is its
# older name.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=env.int("API_NUM_PROXIES", default=0))
CORS_URLS_REGEX = r"^/api/.*$"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework_simplejwt.authentication.JWTAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["commerce.api.parsers.JSONParser"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "commerce.api.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_THROTTLE_CLASSES": [
        "commerce.api.throttling.AnonRateThrottle",
        "commerce.api.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env("API_THROTTLE_ANON", default="120/min"),
        "user": env("API_THROTTLE_USER", default="600/min"),
        # Failed sign-ins per client address, whatever accounts they aim at (guessing one
        # account from one address is stopped sooner, by the sign-in lockout: AXES_*).
        "sign_in": env("API_THROTTLE_SIGN_IN", default="20/min"),
        "register": env("API_THROTTLE_REGISTER", default="10/hour"),
    },
    # The client address the anon and sign-in throttles count by: see TRUSTED_PROXY_COUNT.
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
    "EXCEPTION_HANDLER": "commerce.api.errors.api_exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(
        minutes=env.int("JWT_ACCESS_TOKEN_LIFETIME_MINUTES", default=15)
    ),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=env.int("JWT_REFRESH_TOKEN_LIFETIME_DAYS", default=7)),
    # Rotation and blacklisting are done by commerce.api.accounts.services.token_pair_rotate
    # (race-free), not by simplejwt's refresh serializer.
    "UPDATE_LAST_LOGIN": True,
    # Tokens carry a digest of the password hash: a password change revokes every token.
    "CHECK_REVOKE_TOKEN": True,
}
SPECTACULAR_SETTINGS = {
    "TITLE": f"{OSCAR_SHOP_NAME} API",
    "DESCRIPTION": (
        "The shop's JSON API. Sign in with POST /api/v1/auth/token/ and send the access token "
        "as `Authorization: Bearer <token>`. Every error has the shape "
        '`{"error": {"code": "...", "message": "...", "fields": {...}}}`.'
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "PREPROCESSING_HOOKS": ["commerce.api.schema.api_endpoints_only"],
    # Sellers and affiliates share one standing (applied, approved, suspended, rejected).
    "ENUM_NAME_OVERRIDES": {"StandingEnum": "commerce.sellers.models.seller.SellerStatus"},
}

# ------------------------------------------------------------------ demo
DEMO_PASSWORD = env("DEMO_PASSWORD", default="demo-pass-2026")
DEMO_DATA_ALLOWED = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "stock_refusal_is_a_warning": {"()": "commerce.checkout.log_filters.StockRefusalIsAWarning"}
    },
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
    "loggers": {"oscar.checkout": {"level": "INFO", "filters": ["stock_refusal_is_a_warning"]}},
}

# ------------------------------------------------------------------ checkout
# Shown on the thank-you page and in the confirmation email of orders paid by bank transfer;
# the order number is the payment reference.
# Bank transfer is offered unless switched off (production refuses to start with it on and its
# details missing, rather than show made-up ones).
CHECKOUT_BANK_TRANSFER = env.bool("BANK_TRANSFER_ENABLED", default=True)
CHECKOUT_BANK_TRANSFER_DETAILS = {
    "account_name": env("BANK_TRANSFER_ACCOUNT_NAME", default=OSCAR_SHOP_NAME),
    "sort_code": env("BANK_TRANSFER_SORT_CODE", default="04-00-04"),
    "account_number": env("BANK_TRANSFER_ACCOUNT_NUMBER", default="12345678"),
    "iban": env("BANK_TRANSFER_IBAN", default="GB00 LOOM 0400 0412 3456 78"),
}

# ------------------------------------------------------------------ orders
# The order lifecycle (commerce/order): a line moves through the line pipeline by the services in
# commerce.order.services, and the order's status follows its lines (shipped when every open line
# has shipped, complete when every line is delivered or closed, cancelled when every line is).
OSCAR_INITIAL_ORDER_STATUS = "Pending"
OSCAR_INITIAL_LINE_STATUS = "Pending"
OSCAR_LINE_STATUS_PIPELINE = {
    "Pending": ("Being processed", "Shipped", "Cancelled"),
    "Being processed": ("Shipped", "Cancelled"),
    "Shipped": ("Delivered", "Refunded"),
    "Delivered": ("Refunded",),
    "Cancelled": (),
    "Refunded": (),
}
OSCAR_ORDER_STATUS_PIPELINE = {
    "Pending": ("Being processed", "Shipped", "Complete", "Cancelled", "Refunded"),
    "Being processed": ("Shipped", "Complete", "Cancelled", "Refunded"),
    "Shipped": ("Complete", "Refunded"),
    "Complete": ("Refunded",),
    "Cancelled": (),
    "Refunded": (),
}
# No order status is cascaded onto its lines: an order's lines may belong to several sellers,
# each moving only their own lines; the order's status is derived from the lines
# (commerce.order.services), never the other way round.
OSCAR_ORDER_STATUS_CASCADE: dict[str, str] = {}

# ------------------------------------------------------------------ webhooks and background work
# Order webhooks (commerce.webhooks) are sent by background work on django-tasks' database
# backend (django-tasks-db) under its own alias "background", run by a worker:
#     python manage.py db_worker --backend background
# "default" stays the immediate backend Wagtail's own tasks have always run on: switching it to
# the database would leave them unrun wherever no worker is started.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# Seconds a receiver may take to answer one POST, and the waits before each retry
# (1 min, 5 min, 30 min, 2 h, 12 h; after the last retry the delivery is failed).
WEBHOOK_TIMEOUT = env.float("WEBHOOK_TIMEOUT", default=5.0)
WEBHOOK_RETRY_DELAYS = [60, 5 * 60, 30 * 60, 2 * 3600, 12 * 3600]

# --- Marketplace -----------------------------------------------------------------------------
# A seller's earning on a line becomes available to pay out this many days after delivery.
SELLER_RETURN_WINDOW_DAYS = 14
# The smallest payout a seller may request.
SELLER_PAYOUT_MINIMUM = Decimal("20.00")
# A seller's offer counts as low on stock at or below this many units (net of allocations),
# unless its stock record sets its own low_stock_threshold.
SELLER_LOW_STOCK_THRESHOLD = 3

# --- Affiliates ------------------------------------------------------------------------------
# Whether an application is approved at once (else staff approve it in the dashboard).
AFFILIATE_AUTO_APPROVE = False
# The query parameter of referral links (?ref=CODE) and the attribution cookie it sets.
AFFILIATE_REF_PARAM = "ref"
AFFILIATE_COOKIE_NAME = "affiliate"
AFFILIATE_COOKIE_DAYS = 30
# Which referring affiliate earns on an order within the window: "last" or "first".
AFFILIATE_ATTRIBUTION = "last"
# The shop's default commission (a percentage of the goods paid for), below category rates and
# an affiliate's personal rate.
AFFILIATE_DEFAULT_RATE = Decimal("5.00")
# A commission is approved this many days after every line of its order was delivered.
AFFILIATE_RETURN_WINDOW_DAYS = 14
# The smallest payout staff batch for an affiliate.
AFFILIATE_PAYOUT_MINIMUM = Decimal("25.00")

# --- Bonus points ----------------------------------------------------------------------------
# Points earned per unit of currency spent on goods (after offers, vouchers and points spent).
POINTS_EARN_RATE = Decimal("1")
# What one point is worth when spent (at most two decimal places).
POINTS_VALUE = Decimal("0.01")
# The largest share of an order's goods that points may pay for.
POINTS_MAX_SHARE = Decimal("0.50")
# Available points expire this many months after they became available; shoppers are emailed
# this many days before.
POINTS_EXPIRY_MONTHS = 12
POINTS_EXPIRY_REMINDER_DAYS = 30
# Bonus points for actions, each once per shopper (0 turns one off).
POINTS_SIGNUP_BONUS = 100
POINTS_FIRST_ORDER_BONUS = 200
POINTS_REVIEW_BONUS = 50
# Whether product cards in listings say "earn N points" (product pages and the basket always do).
POINTS_SHOW_ON_CARDS = True

# ---- accounts (issue 14): email verification and email change -----------------------------
# How long (seconds) a verification or email-change link works.
EMAIL_VERIFICATION_MAX_AGE = 3 * 24 * 3600
# What an account may do only once its email address is confirmed (commerce.users.selectors).
EMAIL_VERIFIED_REQUIRED_FOR = ["seller_apply", "affiliate_apply", "points_redeem"]
# Asking for links again (verification, email change): at most one per interval (seconds),
# and this many a day, per account.
EMAIL_VERIFICATION_RESEND_INTERVAL = 60
EMAIL_VERIFICATION_RESEND_PER_DAY = 5
# New accounts get the verification email, not Oscar's bare "Thank you for registering".
OSCAR_SEND_REGISTRATION_EMAIL = False
# The checkout does not tell a guest that their address has an account (they may still sign in).
OSCAR_ALLOW_GUEST_CHECKOUT_WITH_ACCOUNT = True

# ---- ops: request ids, log format, readiness -----------------------------------------------
# Every request gets an id (the proxy's X-Request-ID when well formed), sent back in the
# response and put on every log record it writes (config.observability); first, so even a
# redirect or a refused host carries it.
MIDDLEWARE = ["config.observability.RequestIdMiddleware", *MIDDLEWARE]
# LOG_FORMAT=json writes one JSON object per line (production's default), "text" plain lines.
LOG_FORMAT = env("LOG_FORMAT", default="text")
LOGGING["formatters"] = {
    "json": {"()": "config.observability.JsonLogFormatter"},
    "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
}
LOGGING["filters"]["request_id"] = {"()": "config.observability.RequestIdFilter"}
LOGGING["handlers"]["console"] = {
    "class": "logging.StreamHandler",
    "stream": "ext://sys.stdout",
    "filters": ["request_id"],
    "formatter": LOG_FORMAT,
}

# ---- csp: Content-Security-Policy, error pages ----------------------------------------------
# One strict policy on every response in every environment, so a developer sees a violation in
# the console the day it is written: scripts only from this origin or inline with the request's
# nonce (`nonce="{{ request.csp_nonce }}"`), no eval, no plugins, no framing, forms post here.
# config.csp relaxes it only under the third-party admins' paths that need more (and says why).
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "config.csp.ContentSecurityPolicyMiddleware",
)


# ---- page cache (issue 15): whole pages for anonymous shoppers (commerce.core.page_cache) ----
# Answered inside the CSP middleware (a hit carries a fresh nonce, the one its header names) and
# after WhiteNoise (static files never look in it), before sessions, auth, the basket and
# Wagtail, which a hit never touches. Only GET/HEAD without a session, basket or messages
# cookie or an Authorization header; a page is kept at most PAGE_CACHE_SECONDS (0 switches the
# cache off) and never past the next offer or announcement start or end.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware"),
    "commerce.core.page_cache.middleware.PageCacheMiddleware",
)
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
# Paths never cached (admins, the API, the basket, checkout and accounts, documents that may be
# private, and anything under them).
PAGE_CACHE_EXCLUDED_PATHS = [
    "/cms/",
    "/django-admin/",
    "/api/",
    "/documents/",
    "/shop/dashboard/",
    "/shop/basket/",
    "/shop/checkout/",
    "/shop/accounts/",
    "/accounts/",
]


def _media_origins() -> list[str]:
    """Where uploaded media is served from when it lives in object storage (else this origin)."""
    from urllib.parse import urlsplit

    if domain := env("AWS_S3_CUSTOM_DOMAIN", default=""):
        protocol = env("AWS_S3_URL_PROTOCOL", default="https:")
        return [f"{protocol}//{domain.split('/')[0]}"]
    if endpoint := env("AWS_S3_ENDPOINT_URL", default=""):
        parts = urlsplit(endpoint)
        return [f"{parts.scheme}://{parts.netloc}"]
    if bucket := env("AWS_STORAGE_BUCKET_NAME", default=""):
        region = env("AWS_S3_REGION_NAME", default="")
        hosts = [f"{bucket}.s3.amazonaws.com"]
        if region:
            hosts.append(f"{bucket}.s3.{region}.amazonaws.com")
        return [f"https://{host}" for host in hosts]
    return []


# Origins pictures may come from besides this one: the media host (derived from the AWS_S3_*
# variables) unless CSP_MEDIA_ORIGINS names them.
CSP_MEDIA_ORIGINS = env.list("CSP_MEDIA_ORIGINS", default=_media_origins())
# Where the storefront's video block (Wagtail embeds) may frame players from.
CSP_FRAME_ORIGINS = env.list(
    "CSP_FRAME_ORIGINS",
    default=[
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ],
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        # Style attributes cannot run script, and Wagtail's responsive embeds (the video block),
        # Oscar's basket and checkout forms and the sellers' logos carry them.
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:", *CSP_MEDIA_ORIGINS],
        "media-src": [SELF, *CSP_MEDIA_ORIGINS],
        "frame-src": [SELF, *CSP_FRAME_ORIGINS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    },
}

# Branded error pages (templates/404.html, 403.html, 500.html; config.errors), and a failed CSRF
# check says to reload the page rather than Django's technical explanation.
CSRF_FAILURE_VIEW = "config.errors.csrf_failure"
# The address error pages offer when the site's own contact details cannot be read.
SHOP_CONTACT_EMAIL = env("SHOP_CONTACT_EMAIL", default=DEFAULT_FROM_EMAIL)

# ---- signin -----------------------------------------------------------------------------------
# Sign-in lockouts (django-axes) on every sign-in: the shop's, the checkout's, Wagtail's, Django
# admin's and the API's. Failures are counted per account AND client address, so an attacker's
# failures lock that account out from the attacker's address only, never the owner's; after
# AXES_FAILURE_LIMIT failures within the cool-off, even the right password waits for it to pass.
# The client address is REMOTE_ADDR unless TRUSTED_PROXY_COUNT says proxies are in front.
# Attempts live in the database (shared by every worker); a successful sign-in clears them.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Attempts while locked out do not extend the cool-off, so "try again in N minutes" holds.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "commerce.users.signin.client_ip"
AXES_USERNAME_CALLABLE = "commerce.users.signin.signin_account_name"
AXES_LOCKOUT_CALLABLE = "commerce.users.signin.lockout_response"
# Webhook URLs may not reach the shop's own network (loopback, private, link-local such as cloud
# metadata, multicast, reserved) unless inside one of these networks, e.g. ["10.1.2.0/24"].
WEBHOOK_ALLOWED_NETWORKS = env.list("WEBHOOK_ALLOWED_NETWORKS", default=[])

# ---- tasks: background work (django-tasks; README "Background work") ------------------------
# Every email is queued as a task once its transaction commits and sent by the worker
# (commerce.core.emails) through the mail backend chosen above by EMAIL_URL / EMAIL_BACKEND.
EMAIL_DELIVERY_BACKEND = EMAIL_BACKEND
EMAIL_BACKEND = "commerce.core.emails.QueuedEmailBackend"
# Waits before each retry of an email the mail server did not take (1 min, 5 min, 30 min,
# 2 h, 12 h); after the last one the email is logged as given up.
EMAIL_RETRY_DELAYS = [60, 5 * 60, 30 * 60, 2 * 3600, 12 * 3600]
# Seconds `manage.py scheduler` sleeps between two looks for due jobs (config/schedule.py).
SCHEDULER_TICK = env.int("SCHEDULER_TICK", default=30)

# ---- media ----------------------------------------------------------------------------------
# Uploaded media (Wagtail images and documents, product pictures, sellers' logos, and the
# renditions and thumbnails made from them) go to S3-compatible object storage when a bucket is
# named, else to MEDIA_ROOT. django-storages reads the AWS_* settings below whenever it makes a
# storage, so sorl-thumbnail's own S3Storage() (it rebuilds the storage from its class path)
# points at the same bucket as STORAGES["default"].
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL", default=None)  # MinIO, R2, ...; AWS: unset
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME", default=None)
    # "path" for servers that do not answer on <bucket>.<host> (MinIO, an IP address).
    AWS_S3_ADDRESSING_STYLE = env("AWS_S3_ADDRESSING_STYLE", default=None)
    # Unset, boto3 finds credentials itself (instance role, ~/.aws, its own variables).
    AWS_ACCESS_KEY_ID = env("AWS_ACCESS_KEY_ID", default=None)
    AWS_SECRET_ACCESS_KEY = env("AWS_SECRET_ACCESS_KEY", default=None)
    # The public host (a CDN, or the bucket's own host) media URLs are built on, without any
    # request to the storage; unset, URLs are signed by the endpoint and expire.
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN", default=None)
    AWS_S3_URL_PROTOCOL = env("AWS_S3_URL_PROTOCOL", default="https:")
    # Media URLs on a custom domain are not signed, so the objects must be readable: by the
    # bucket's policy (or a CDN's access to it), or by this ACL on each object ("public-read").
    AWS_DEFAULT_ACL = env("AWS_DEFAULT_ACL", default=None)
    AWS_S3_FILE_OVERWRITE = False
    # Stored names never change content (new uploads get new names), so browsers keep them.
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "public, max-age=31536000"}
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
# sorl-thumbnail keeps thumbnails in the media storage too, and finds them through its key-value
# store (database + cache), not by asking the storage.
THUMBNAIL_STORAGE = STORAGES["default"]["BACKEND"]
# Documents stream through Wagtail's view, after its privacy checks and with its
# Content-Security-Policy and nosniff headers, from the local folder or the bucket alike; the
# bucket need not make documents public ("redirect" sends the browser to the storage URL).
WAGTAILDOCS_SERVE_METHOD = env("WAGTAILDOCS_SERVE_METHOD", default="serve_view")
