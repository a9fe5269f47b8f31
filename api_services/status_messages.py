"""Every user-facing message, in one place so tests and clients can rely on the exact text."""

# Generic
BAD_REQUEST = "The request is invalid."
VALIDATION_FAILED = "Some fields are invalid."
NOT_AUTHENTICATED = "Authentication credentials were not provided or are invalid."
PERMISSION_DENIED = "You do not have permission to perform this action."
NOT_FOUND = "Not found."
ENDPOINT_NOT_FOUND = "This API endpoint does not exist."
METHOD_NOT_ALLOWED = "Method {method} is not allowed on this endpoint."
OPTIONS_ALLOWED_METHODS = "Methods allowed on this endpoint."
PAYLOAD_TOO_LARGE = "The request body is too large."
UNSUPPORTED_MEDIA_TYPE = "Unsupported media type {media_type!r}: send JSON (or multipart for uploads)."
MALFORMED_JSON = "The request body is not valid JSON."
JSON_TOO_DEEP = "The JSON is nested deeper than {limit} levels."
FIELD_BAD_CHARACTERS = "{field} contains a NUL character or an unpaired surrogate."
THROTTLED = "Too many requests. Try again in {seconds} seconds."
SERVER_ERROR = "Something went wrong on our side. The error has been logged."
SERVICE_UNAVAILABLE = "The service is temporarily unavailable."
CSRF_FAILED = (
    "CSRF check failed: send the X-CSRFToken header with the csrftoken cookie value (GET auth/csrf/)."
)

# Accounts
REGISTRATION_SUCCESSFUL = "Registration successful"
EMAIL_EXISTS = "Email already exists"
LOGIN_SUCCESSFUL = "Login successful"
INVALID_CREDENTIALS = "Invalid email or password"
LOGOUT_SUCCESSFUL = "Logout successful"
TOKEN_REFRESHED = "Token refreshed"
INVALID_REFRESH_TOKEN = "The refresh token is invalid, expired or already used."
TOKEN_REVOKED = "The token belongs to a session that has ended; log in again."
CSRF_COOKIE_SET = "CSRF cookie set"
PROFILE_RETRIEVED = "Profile retrieved"
NAME_INVALID = "{field} may contain letters, spaces, apostrophes and hyphens only."
PASSWORD_NEEDS_DIGIT = "Password must contain at least one digit."
PASSWORD_NEEDS_LETTER = "Password must contain at least one letter."
PASSWORD_NEEDS_UPPERCASE = "Password must contain at least one uppercase letter."

# Health
PONG = "pong"
DEGRADED = "Service degraded: a dependency is unreachable."

# Resumes
RESUME_UPLOADED = "Resume uploaded"
RESUMES_RETRIEVED = "Resumes retrieved"
RESUME_RETRIEVED = "Resume retrieved"
RESUME_DELETED = "Resume deleted"
RESUME_NOT_FOUND = "Resume not found."
RESUME_FILE_MISSING = "no file: send the resume as the multipart field 'file'"
RESUME_UPLOAD_MALFORMED = "the upload could not be read: send the resume as multipart/form-data"
RESUME_NOT_MULTIPART = "send the resume as multipart/form-data in the field 'file'"
RESUME_LENGTH_REQUIRED = "send the upload with a Content-Length header: chunked uploads are not accepted"
RESUME_TOO_LARGE = "file too large: the limit is {limit}"
RESUME_TOO_MUCH_TEXT = "too much text: a resume may hold at most {limit:,} characters"

# Analysis history (REST)
HISTORIES_RETRIEVED = "Histories retrieved"
HISTORY_RETRIEVED = "History retrieved"
HISTORY_DELETED = "History deleted"
ANALYSIS_NOT_FOUND = "Analysis not found."

# Analyses over the WebSocket (codes in apis/resumehistory/analysis_services.py)
WS_INVALID_JSON = "The frame is not valid JSON."
WS_INVALID_FRAME = "The frame must be a JSON object."
WS_FRAME_TOO_LARGE = "The frame is larger than {limit} bytes."
WS_UNKNOWN_ACTION = "Unknown action {action!r}: use analyze, compare, rescore, cancel or subscribe."
WS_MISSING_FIELD = "{field} is required."
WS_BLANK_FIELD = "{field} must not be blank."
WS_FIELD_NOT_STRING = "{field} must be a string."
WS_FIELD_NOT_ID = "{field} must be a positive integer id."
WS_MISSING_RESUME = "Either resume_text or resume_id is required."
WS_ONE_RESUME_SOURCE = "Send either resume_id or resume_text, not both."
WS_INVALID_REQUEST_ID = "request_id must be 1-64 letters, digits, dots, dashes or underscores."
WS_RESUME_TOO_LONG = "The resume is longer than {limit:,} characters."
WS_JOB_DESCRIPTION_TOO_LONG = "The job description is longer than {limit:,} characters."
WS_ANALYSIS_NOT_RUNNING = "The analysis is not running any more."
WS_ANALYSIS_UNAVAILABLE = "The analysis cannot be followed right now; try again shortly."
WS_TOO_MANY_RUNNING = "You already have {limit} analyses running; wait for one to finish."
WS_HOURLY_LIMIT = "You have reached {limit} analyses in the last hour; try again later."
WS_START_UNAVAILABLE = "The analysis cannot be started right now; try again shortly."
WS_SERVER_BUSY = "The server is analysing too many resumes right now; try again shortly."
WS_TOO_MANY_SUBSCRIPTIONS = "This connection already follows {limit} analyses."
WS_SESSION_ENDED = "The session has ended; log in again."
WS_HANDSHAKE_UNAVAILABLE = (
    "Service Unavailable: a dependency (database or Redis) is unreachable; try again shortly."
)
WS_LIVE_UPDATES_UNAVAILABLE = (
    "Live updates are interrupted (the server's message broker is unreachable); frames may be missing. "
    "The final result is saved in the history."
)
ANALYSIS_CANCELLED = "The analysis was cancelled."
ANALYSIS_INTERRUPTED = "The analysis was interrupted by a server restart; please run it again."
ANALYSIS_TIMED_OUT = "The analysis took longer than {limit:g} seconds."
ANALYSIS_INTERNAL_ERROR = "The analysis failed on our side. The error has been logged."

# --- WebSocket handshake (HTTP 403 text body) ---
WS_ORIGIN_MISSING = "Forbidden: the WebSocket handshake has no Origin header."
WS_ORIGIN_NOT_ALLOWED = (
    "Forbidden: the Origin {origin} is not allowed (scheme, host and port must all match)."
)
WS_ORIGIN_HOW_TO = (
    "Send the page's origin, e.g. 'Origin: http://127.0.0.1:8000'. In Postman, add it under the "
    "WebSocket request's Headers tab (key Origin, value the server's scheme://host:port). "
    "Operators: WS_ALLOWED_ORIGINS."
)

# comparisons
COMPARISONS_RETRIEVED = "Comparisons retrieved"
COMPARISON_RETRIEVED = "Comparison retrieved"
COMPARISON_DELETED = "Comparison deleted"
COMPARISON_NOT_FOUND = "Comparison not found."
WS_FIELD_NOT_LIST = "{field} must be a list."
WS_LIST_EMPTY = "{field} must not be empty."
WS_LIST_TOO_LONG = "{field} may hold at most {limit} items."
WS_LIST_DUPLICATES = "{field} must not repeat an item."
WS_ONE_JOB_SOURCE = "Send either job_ids or job_descriptions, not both."
WS_ONE_FOLLOW_TARGET = "Send either analysis_id or comparison_id, not both."
WS_TOO_MANY_COMPARISONS = "You already have {limit} comparisons running; wait for one to finish."
WS_COMPARISON_NOT_RUNNING = "The comparison is not running any more."
COMPARISON_CANCELLED = "The comparison was cancelled."
COMPARISON_INTERRUPTED = "The comparison was interrupted by a server restart; start it again."
COMPARISON_INTERNAL_ERROR = "The comparison failed; try again."
COMPARISON_TIMED_OUT = "The comparison took longer than {limit:g} seconds and was stopped."

# live re-score (the dashboard's editor)
WS_RESCORE_TEXT_ONLY = "A re-score takes resume_text and job_description (the texts being edited), not ids."
WS_RESCORE_FAILED = "The resume could not be re-scored; keep editing or press Analyze."

# jobs
JOB_CREATED = "Job created"
JOB_RETRIEVED = "Job retrieved"
JOBS_RETRIEVED = "Jobs retrieved"
JOB_DELETED = "Job deleted"
JOB_NOT_FOUND = "Job not found."
JOB_INPUT_REQUIRED = "Send one of text, html or url."
JOB_EMPTY = "The job posting has no text."
JOB_URL_DISABLED = "Importing a job from a URL is turned off on this server."
JOB_URL_INVALID = "The URL must be an http or https address."
JOB_URL_REFUSED = "This address cannot be fetched."
JOB_URL_FAILED = "The job page could not be fetched."
JOB_URL_TOO_LARGE = "The job page is larger than {limit} bytes."
JOB_URL_TIMEOUT = "The job page took too long to fetch."
JOB_URL_NOT_HTML = "The URL does not point to an HTML page."
JOB_HTML_TOO_LARGE = "The job page is larger than {limit} bytes."
WS_ONE_JOB_FOR_ANALYSIS = "Send either job_id or job_description, not both."

# The tailored resume: accepted rewrites and its export (codes in apis/tailoring/)
REWRITES_RETRIEVED = "Rewrites retrieved"
REWRITES_SAVED = "Rewrites saved"
REWRITES_TOO_MANY = "At most {limit} rewrites can be accepted."
REWRITE_SENTENCE_UNKNOWN = "This sentence is not in the resume: send it as the analysis shows it."
REWRITE_DUPLICATE = "This sentence is accepted twice."
REWRITE_NO_SUGGESTION = "The analysis suggests no rewrite of this sentence: send your own replacement."
REWRITE_TOO_LONG = "The replacement is longer than {limit:,} characters."
REWRITE_BLANK = "The replacement must not be blank."
REWRITE_PLACEHOLDER = "Replace the bracketed request ({placeholder}) with your own words before accepting."
REWRITE_ADDS_FACTS = (
    "The suggested rewrite names what the resume does not: {facts}. Edit it before accepting."
)
EXPORT_FORMAT_INVALID = "Choose one format: {formats}."
EXPORT_CHECK_FAILED = "The export would name what the resume does not: {facts}."
EXPORT_PDF_UNAVAILABLE = (
    "PDF export is not available on this server (no Unicode font found); choose another format."
)
JOBS_TOO_MANY = "You can store at most {limit:,} jobs; delete some before adding more."
