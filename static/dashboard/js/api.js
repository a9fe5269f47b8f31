// The REST client: same-origin session cookie, X-CSRFToken on unsafe methods, the {status, message, data} envelope.

const API_ROOT = document.body.dataset.apiRoot || "/api/v1/";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const STATUS_WORDS = {
  0: "Could not reach the server. Check your connection and try again.",
  401: "You are not logged in (or your session ended). Log in again.",
  403: "That action was refused. Reload the page and try again.",
  404: "Not found: it may have been deleted.",
  413: "The file is too large.",
  415: "That file type is not supported.",
  429: "Too many requests. Wait a moment and try again.",
  500: "Something went wrong on the server. Try again in a moment.",
  502: "The server is unavailable. Try again in a moment.",
  503: "The service is temporarily unavailable. Try again in a moment.",
};

/** An API call that failed: `message` is fit to show to a person. */
export class ApiError extends Error {
  constructor(message, status, data) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.data = data;
  }
}

function cookie(name) {
  const match = document.cookie.match(new RegExp(`(?:^|;\\s*)${name}=([^;]*)`));
  return match ? decodeURIComponent(match[1]) : "";
}

async function csrfToken() {
  // Read the cookie at each call: Django rotates the token at login.
  const token = cookie("csrftoken");
  if (token) return token;
  const body = await request("auth/csrf/");
  return (body.data && body.data.csrfToken) || cookie("csrftoken");
}

/**
 * Call the API at `path` (relative to the API root) and return the parsed envelope.
 * Throw ApiError with a plain-words message on any failure.
 */
export async function request(path, { method = "GET", json, form, signal } = {}) {
  const headers = { Accept: "application/json" };
  let body;
  if (json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(json);
  } else if (form !== undefined) {
    body = form;
  }
  if (!SAFE_METHODS.has(method)) headers["X-CSRFToken"] = await csrfToken();
  let response;
  try {
    response = await fetch(API_ROOT + path, { method, headers, body, credentials: "same-origin", signal });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(STATUS_WORDS[0], 0, null);
  }
  let payload = null;
  if ((response.headers.get("Content-Type") || "").includes("json")) {
    try {
      payload = await response.json();
    } catch {
      payload = null;
    }
  }
  if (response.status === 401) document.dispatchEvent(new CustomEvent("api:unauthenticated"));
  if (!response.ok || !payload || payload.status === "failed") {
    const fallback = STATUS_WORDS[response.status] || `The request failed (HTTP ${response.status}).`;
    const message = payload && typeof payload.message === "string" && payload.message ? payload.message : fallback;
    throw new ApiError(message, response.status, payload ? payload.data : null);
  }
  return payload;
}
