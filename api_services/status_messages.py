"""Every user-facing message, in one place so tests and clients can rely on the exact text."""

# Generic
BAD_REQUEST = "The request is invalid."
VALIDATION_FAILED = "Some fields are invalid."
NOT_AUTHENTICATED = "Authentication credentials were not provided or are invalid."
PERMISSION_DENIED = "You do not have permission to perform this action."
NOT_FOUND = "Not found."
ENDPOINT_NOT_FOUND = "This API endpoint does not exist."
METHOD_NOT_ALLOWED = "Method {method} is not allowed on this endpoint."
PAYLOAD_TOO_LARGE = "The request body is too large."
UNSUPPORTED_MEDIA_TYPE = "Unsupported media type {media_type!r}: send JSON (or multipart for uploads)."
MALFORMED_JSON = "The request body is not valid JSON."
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
CSRF_COOKIE_SET = "CSRF cookie set"
PROFILE_RETRIEVED = "Profile retrieved"
NAME_TOO_MANY_WORDS = "{field} must be at most two words."
NAME_INVALID = "{field} may contain letters, spaces, apostrophes and hyphens only."
PASSWORD_NEEDS_DIGIT = "Password must contain at least one digit."
PASSWORD_NEEDS_LETTER = "Password must contain at least one letter."
PASSWORD_NEEDS_UPPERCASE = "Password must contain at least one uppercase letter."

# Health
PONG = "pong"
DEGRADED = "Service degraded: a dependency is unreachable."
