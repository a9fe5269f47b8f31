"""Product settings: AI engines, input and rate limits, streaming, comparisons, upload and history.

Imported by settings.py after the environment (and .env) is loaded; every variable is in env.example.
"""

from django.core.exceptions import ImproperlyConfigured

from api_services.environmentals import (
    env_bool,
    env_choice,
    env_float,
    env_int,
    env_networks,
    env_str,
)

# --- AI engines -------------------------------------------------------------------------------------------
GEMINI_API_KEY = env_str("GEMINI_API_KEY")
AI_ENGINE = env_choice("AI_ENGINE", "auto", ("auto", "gemini", "local", "openai"))
if AI_ENGINE == "gemini" and not GEMINI_API_KEY:
    raise ImproperlyConfigured("GEMINI_API_KEY is required when AI_ENGINE=gemini")
# auto: Gemini when it has a key, else local; an OpenAI-compatible server is only used when asked for.
AI_ENGINE_RESOLVED = ("gemini" if GEMINI_API_KEY else "local") if AI_ENGINE == "auto" else AI_ENGINE
GEMINI_MODEL = env_str("GEMINI_MODEL", "gemini-flash-latest")
GEMINI_BASE_URL = env_str("GEMINI_BASE_URL")
GEMINI_THINKING_BUDGET = env_int("GEMINI_THINKING_BUDGET", 0, minimum=-1)
GEMINI_MAX_OUTPUT_TOKENS = env_int("GEMINI_MAX_OUTPUT_TOKENS", 2048, minimum=64)
GEMINI_MAX_RETRIES = env_int("GEMINI_MAX_RETRIES", 2, minimum=0, maximum=10)
GEMINI_READ_TIMEOUT_S = env_float("GEMINI_READ_TIMEOUT_S", 30.0, minimum=0.1)
# AI_ENGINE=openai: an OpenAI-compatible server (Ollama, llama.cpp, vLLM); README "Use your own model".
OPENAI_BASE_URL = env_str("OPENAI_BASE_URL", "http://localhost:11434/v1")  # Ollama's default
OPENAI_MODEL = env_str("OPENAI_MODEL")
if AI_ENGINE == "openai" and not OPENAI_MODEL:
    raise ImproperlyConfigured("OPENAI_MODEL is required when AI_ENGINE=openai")
OPENAI_API_KEY = env_str("OPENAI_API_KEY")  # optional: local servers ignore it
OPENAI_RESPONSE_FORMAT = env_choice(
    "OPENAI_RESPONSE_FORMAT", "json_schema", ("json_schema", "json_object", "none")
)
OPENAI_MAX_OUTPUT_TOKENS = env_int("OPENAI_MAX_OUTPUT_TOKENS", 2048, minimum=64)
OPENAI_MAX_RETRIES = env_int("OPENAI_MAX_RETRIES", 2, minimum=0, maximum=10)
# A local model on a CPU may think for a while before its first token.
OPENAI_READ_TIMEOUT_S = env_float("OPENAI_READ_TIMEOUT_S", 60.0, minimum=0.1)
OPENAI_RETRY_BASE_DELAY_S = env_float("OPENAI_RETRY_BASE_DELAY_S", 0.5, minimum=0.0)
OPENAI_RETRY_MAX_DELAY_S = env_float("OPENAI_RETRY_MAX_DELAY_S", 4.0, minimum=0.0)
ANALYSIS_TIMEOUT_S = env_float("ANALYSIS_TIMEOUT_S", 120.0, minimum=1.0)

# --- limits ----------------------------------------------------------------------------------------------
MAX_RESUME_CHARS = env_int("MAX_RESUME_CHARS", 60_000, minimum=100)
MAX_JOB_DESCRIPTION_CHARS = env_int("MAX_JOB_DESCRIPTION_CHARS", 30_000, minimum=100)
WS_MAX_FRAME_BYTES = env_int("WS_MAX_FRAME_BYTES", 256 * 1024, minimum=1024)
# Every JSON input (REST bodies, WebSocket frames): deeper nesting is refused before parsing. Sizes:
# MAX_JSON_BODY_BYTES (REST) and WS_MAX_FRAME_BYTES (WebSocket).
JSON_MAX_DEPTH = env_int("JSON_MAX_DEPTH", 32, minimum=4, maximum=500)
# An engine's ``details`` larger than this (serialized) is dropped from the stored analysis.
ANALYSIS_DETAILS_MAX_BYTES = env_int("ANALYSIS_DETAILS_MAX_BYTES", 64 * 1024, minimum=1024)
MAX_CONCURRENT_ANALYSES_PER_USER = env_int("MAX_CONCURRENT_ANALYSES_PER_USER", 2, minimum=1)
MAX_ANALYSES_PER_USER_PER_HOUR = env_int("MAX_ANALYSES_PER_USER_PER_HOUR", 60, minimum=1)
MAX_CONCURRENT_MODEL_CALLS = env_int("MAX_CONCURRENT_MODEL_CALLS", 50, minimum=1)
UPLOAD_MAX_BYTES = env_int("UPLOAD_MAX_BYTES", 5 * 1024 * 1024, minimum=1024)
UPLOAD_MAX_PAGES = env_int("UPLOAD_MAX_PAGES", 20, minimum=1)
UPLOAD_TIMEOUT_S = env_float("UPLOAD_TIMEOUT_S", 0.9, minimum=0.1)
UPLOAD_MEMORY_MB = env_int("UPLOAD_MEMORY_MB", 256, minimum=64)
HISTORY_MAX_PER_PAGE = env_int("HISTORY_MAX_PER_PAGE", 100, minimum=1)
JOB_HTML_MAX_BYTES = env_int("JOB_HTML_MAX_BYTES", 2 * 1024 * 1024, minimum=1024)  # pasted/fetched page
JOB_URL_IMPORT_ENABLED = env_bool("JOB_URL_IMPORT_ENABLED", False)  # POST /jobs/ {"url": ...}
JOB_URL_TIMEOUT_S = env_float("JOB_URL_TIMEOUT_S", 5.0, minimum=0.1)  # whole fetch, all redirects
JOB_URL_MAX_REDIRECTS = env_int("JOB_URL_MAX_REDIRECTS", 3, minimum=0)
JOB_URL_ALLOWED_PRIVATE_NETS = env_networks("JOB_URL_ALLOWED_PRIVATE_NETS")  # CIDRs exempt from the guard
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("MAX_JSON_BODY_BYTES", 1024 * 1024, minimum=1024)

# --- streaming (WebSocket analyses) ----------------------------------------------------------------
GEMINI_RETRY_BASE_DELAY_S = env_float("GEMINI_RETRY_BASE_DELAY_S", 0.5, minimum=0.0)  # first backoff
GEMINI_RETRY_MAX_DELAY_S = env_float("GEMINI_RETRY_MAX_DELAY_S", 4.0, minimum=0.0)  # backoff ceiling
ANALYSIS_PREVIEW = env_bool("ANALYSIS_PREVIEW", True)  # model engines: send the local engine's result first
# How far a grounded model may move the engine's deterministic match score (0: never; the same pair then
# scores the same with every engine).
MODEL_SCORE_BAND = env_int("MODEL_SCORE_BAND", 0, minimum=0, maximum=50)
# The local engine's sentence embeddings (semantic matching of responsibilities and soft skills): "auto" and
# "static" average word-piece vectors distilled from the embedding model (fast, small), "model" runs the model
# itself (finer, ~70x slower, ~150 MB more), "off" matches by words only.
ENGINE_EMBEDDINGS = env_choice("ENGINE_EMBEDDINGS", "auto", ("auto", "static", "model", "off"))
ENGINE_EMBEDDINGS_THREADS = env_int("ENGINE_EMBEDDINGS_THREADS", 1, minimum=1, maximum=16)
ENGINE_EMBEDDINGS_CACHE = env_int("ENGINE_EMBEDDINGS_CACHE", 4096, minimum=0)  # sentence vectors kept
ANALYSIS_HEARTBEAT_S = env_float("ANALYSIS_HEARTBEAT_S", 10.0, minimum=0.1)  # running rows touched this often
ANALYSIS_ORPHAN_AFTER_S = env_float("ANALYSIS_ORPHAN_AFTER_S", 45.0, minimum=1.0)  # no heartbeat: interrupted
# On SIGTERM, running analyses are failed (interrupted) and stored; the server waits this long for that.
ANALYSIS_SHUTDOWN_GRACE_S = env_float("ANALYSIS_SHUTDOWN_GRACE_S", 5.0, minimum=0.1)
# An outcome ready while the database is unreachable is stored again for this long before it is dropped.
ANALYSIS_STORE_RETRY_S = env_float("ANALYSIS_STORE_RETRY_S", 30.0, minimum=0.0)
ANALYSIS_SUBSCRIBE_TIMEOUT_S = env_float("ANALYSIS_SUBSCRIBE_TIMEOUT_S", 3.0, minimum=0.1)  # replay wait
WS_MAX_SUBSCRIPTIONS = env_int("WS_MAX_SUBSCRIPTIONS", 20, minimum=1)  # analyses one socket may follow
# Under load (the event loop late by ANALYSIS_COALESCE_LAG_MS or more) the text deltas of one analysis that
# come within ANALYSIS_COALESCE_WINDOW_MS of its last chunk frame go out as one frame (0: never merged).
ANALYSIS_COALESCE_WINDOW_MS = env_float("ANALYSIS_COALESCE_WINDOW_MS", 50.0, minimum=0.0)
ANALYSIS_COALESCE_LAG_MS = env_float("ANALYSIS_COALESCE_LAG_MS", 20.0, minimum=0.0)
# Processes each server (daphne) process starts to run model analyses in (the SDK's request and parsing, the
# local engine's readings), so that the server mostly relays; 0: everything runs in the server process.
ANALYSIS_WORKERS = env_int("ANALYSIS_WORKERS", 1, minimum=0, maximum=16)

# --- comparisons (N resumes x M postings over the WebSocket) ----------------------------------------
COMPARE_MAX_RESUMES = env_int("COMPARE_MAX_RESUMES", 20, minimum=1, maximum=200)
COMPARE_MAX_JOBS = env_int("COMPARE_MAX_JOBS", 20, minimum=1, maximum=200)
COMPARE_MAX_RUNNING_PER_USER = env_int("COMPARE_MAX_RUNNING_PER_USER", 2, minimum=1)
# gemini: the model analyses only this many best-scoring pairs of a finished grid (0: none)
COMPARE_MODEL_TOP_PAIRS = env_int("COMPARE_MODEL_TOP_PAIRS", 3, minimum=0, maximum=20)

# --- live re-score (the dashboard re-scores the resume being edited; local engine, nothing stored) ------
# The client waits for a pause this long in the edits before it asks (announced in ``connected``).
RESCORE_DEBOUNCE_MS = env_int("RESCORE_DEBOUNCE_MS", 150, minimum=0, maximum=5000)
# A socket's re-scores start at least this far apart; one runs at a time and only the latest waiting is kept.
RESCORE_MIN_INTERVAL_MS = env_int("RESCORE_MIN_INTERVAL_MS", 100, minimum=0, maximum=10_000)

# --- upload (resume extraction) ---------------------------------------------------------------------
# Start the extraction workers and load the local engine's vocabulary when the ASGI app loads (in a thread).
WARM_UP_ON_START = env_bool("WARM_UP_ON_START", True)

# --- history -------------------------------------------------------------------------------------------
HISTORY_EXPORT_CHUNK_SIZE = env_int("HISTORY_EXPORT_CHUNK_SIZE", 200, minimum=1, maximum=10_000)

# --- tailored resume (accepted rewrites, export) and stored jobs -------------------------------------------
TAILORED_MAX_REWRITES = env_int("TAILORED_MAX_REWRITES", 50, minimum=1, maximum=1000)  # per analysis
TAILORED_REWRITE_MAX_CHARS = env_int("TAILORED_REWRITE_MAX_CHARS", 1000, minimum=50)  # one replacement
EXPORT_PDF_FONT_DIR = env_str("EXPORT_PDF_FONT_DIR", "/usr/share/fonts/truetype/dejavu")  # fonts-dejavu-core
JOBS_MAX_PER_USER = env_int("JOBS_MAX_PER_USER", 500, minimum=1)  # stored job postings per user
