"""Django settings for MatchMetric-AI: all configuration comes from the environment.

Nothing configured gives the embedded defaults: SQLite, the in-memory channel layer and the local engine.
See env.example for every variable.
"""

from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from api_services.environmentals import (
    development_secret_key,
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_rate,
    env_str,
    load_env_file,
)

BASE_DIR = Path(__file__).resolve().parent.parent
load_env_file(base_dir=BASE_DIR)

# --- core ---------------------------------------------------------------------------------------------
ENVIRONMENT = env_choice("ENVIRONMENT", "development", ("development", "production"))
IS_PRODUCTION = ENVIRONMENT == "production"
DEBUG = env_bool("DEBUG", False)
if IS_PRODUCTION and DEBUG:
    raise ImproperlyConfigured("DEBUG must be false when ENVIRONMENT=production")
API_VERSION = env_str("API_VERSION", "api/v1").strip("/")
SERVE_URL = env_str("SERVE_URL", "").rstrip("/")  # printed in the "ready" line at start (runapp.sh sets it)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if IS_PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY is required when ENVIRONMENT=production")
    SECRET_KEY = development_secret_key(path=BASE_DIR / "var" / ".secret_key")
elif IS_PRODUCTION and len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be at least 50 characters when ENVIRONMENT=production")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [] if IS_PRODUCTION else ["localhost", "127.0.0.1", "[::1]"])
if IS_PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS is required when ENVIRONMENT=production")
if IS_PRODUCTION and "*" in ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must not contain '*' when ENVIRONMENT=production")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
# Origins (scheme://host[:port]) allowed to open the WebSocket; empty: the served origin only (same-origin).
WS_ALLOWED_ORIGINS = env_list("WS_ALLOWED_ORIGINS", [])
if any(not origin.startswith(("http://", "https://")) for origin in WS_ALLOWED_ORIGINS):
    raise ImproperlyConfigured("WS_ALLOWED_ORIGINS must list origins like https://app.example.com")

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework_simplejwt.token_blacklist",
    "drf_spectacular",
    "channels",
    "apis.users",
    "apis.authentication",
    "apis.ping",
    "apis.resumehistory",
    "apis.comparisons",
    "apis.jobs",
]

MIDDLEWARE = [
    "api_services.request_context.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "resumeai_proj.urls"
ASGI_APPLICATION = "resumeai_proj.asgi.application"
WSGI_APPLICATION = "resumeai_proj.wsgi.application"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- database and Redis: PostgreSQL when DB_NAME is set, Redis when REDIS_HOST is set (data_settings.py)
from resumeai_proj.data_settings import *  # noqa: E402, F403

# --- auth ------------------------------------------------------------------------------------------------
AUTH_USER_MODEL = "users.User"
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ("email", "first_name", "last_name")},
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "apis.users.validators.CharacterClassValidator"},
]
# Sessions are read through the cache (Redis when configured) and written through to the database: a
# session-authenticated request costs no session query.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 60 * 60 * 24 * 14, minimum=60)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = IS_PRODUCTION
CSRF_COOKIE_SECURE = IS_PRODUCTION
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = False  # the dashboard and Postman read it to send X-CSRFToken
LOGIN_URL = "/admin/login/"

# Trusted reverse proxies in front. 0: the client address is the socket peer and X-Forwarded-For is ignored;
# N: the Nth address from the right of X-Forwarded-For (the one the outermost trusted proxy appended).
NUM_PROXIES = env_int("NUM_PROXIES", 0, minimum=0)
REST_FRAMEWORK = {
    "NUM_PROXIES": NUM_PROXIES,
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "apis.authentication.jwt_auth.FamilyJWTAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [
        "api_services.parsers.BoundedJSONParser",
        "rest_framework.parsers.MultiPartParser",
        "rest_framework.parsers.FormParser",
    ],
    "DEFAULT_THROTTLE_CLASSES": ["api_services.throttling.UserRateThrottle"],
    "DEFAULT_METADATA_CLASS": "api_services.metadata.AllowedMethodsMetadata",
    "EXCEPTION_HANDLER": "exception_handlers.drf.envelope_exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
THROTTLE_RATES = {
    "login_ip": env_rate("THROTTLE_LOGIN_IP", "20/min"),
    "login_email": env_rate("THROTTLE_LOGIN_EMAIL", "5/min"),
    "register": env_rate("THROTTLE_REGISTER", "10/hour"),
    "user": env_rate("THROTTLE_USER", "600/min"),
    "upload": env_rate("THROTTLE_UPLOAD", "30/hour"),
}
SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=env_int("JWT_ACCESS_MINUTES", 15, minimum=1)),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=env_int("JWT_REFRESH_DAYS", 7, minimum=1)),
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
    "UPDATE_LAST_LOGIN": False,
    "ALGORITHM": "HS256",
    "SIGNING_KEY": env_str("JWT_SIGNING_KEY", SECRET_KEY),
    "AUTH_HEADER_TYPES": ("Bearer",),
    "LEEWAY": 0,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "MatchMetric-AI API",
    "DESCRIPTION": (
        "Resume-vs-job analysis. Every response is the envelope {status, message, data}. "
        "Authenticate with the session cookie (send X-CSRFToken on unsafe methods; GET auth/csrf/ first) "
        "or with `Authorization: Bearer <access JWT>` from auth/login/."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": rf"/{API_VERSION}",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {"DependencyStateEnum": ["ok", "unreachable"]},
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api_services.openapi_hooks.document_envelope_errors",
    ],
}

# --- product: AI engines, limits, streaming, comparisons, upload, history (product_settings.py) ---------
from resumeai_proj.product_settings import *  # noqa: E402, F403

# --- static files, i18n ----------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"] if (BASE_DIR / "static").is_dir() else []
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if IS_PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = not IS_PRODUCTION
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- security headers ------------------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if IS_PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    if env_bool("SECURE_PROXY_SSL_HEADER", False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# --- logging: one line per record with the request/analysis id; never resume text -------------------------
LOG_LEVEL = env_choice("LOG_LEVEL", "info", ("debug", "info", "warning", "error")).upper()
# Benchmarks only: log each analysis's stages to its first chunk with the monotonic clock (ai.stage_clock).
STAGE_TIMES = env_bool("STAGE_TIMES", False)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "api_services.request_context.RequestIdFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [req=%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["request_id"]},
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "daphne": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "ai.stage_clock": {"level": "DEBUG" if STAGE_TIMES else "WARNING"},
    },
}
