#!/usr/bin/env bash
# One daphne process of MatchMetric-AI with the project's timeouts (docs/deployment.md, section 1).
# Used by ./runapp.sh (one process) and deploy/fleet.sh (several behind nginx). Expects a prepared .venv
# and database (./runapp.sh prepare). HOST, PORT and the timeouts come from the environment (env.example).
set -euo pipefail
cd "$(dirname "$0")/.."
export SERVE_URL="${SERVE_URL:-http://${HOST:-127.0.0.1}:${PORT:-8000}}"  # for the "ready" line
exec "${VENV:-.venv}/bin/daphne" -b "${HOST:-127.0.0.1}" -p "${PORT:-8000}" \
  --websocket_timeout "${WS_TIMEOUT_S:-86400}" \
  --websocket_connect_timeout "${WS_CONNECT_TIMEOUT_S:-20}" \
  --http-timeout "${DAPHNE_HTTP_TIMEOUT_S:-120}" \
  --ping-interval "${WS_PING_INTERVAL_S:-20}" \
  --ping-timeout "${WS_PING_TIMEOUT_S:-30}" \
  --application-close-timeout "${DAPHNE_APP_CLOSE_TIMEOUT_S:-10}" \
  --websocket-max-message-size "${WS_MAX_FRAME_BYTES:-262144}" \
  --websocket-max-frame-size "${WS_MAX_FRAME_BYTES:-262144}" \
  ${DAPHNE_PROXY_HEADERS:+--proxy-headers} \
  resumeai_proj.asgi:application
