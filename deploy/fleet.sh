#!/usr/bin/env bash
# A fleet on one host: N daphne processes behind nginx, sharing Redis (channel layer) and PostgreSQL.
# docs/deployment.md, "Scale-out". Usage: deploy/fleet.sh start | stop | status
#   FLEET_PROCESSES  daphne processes (2)            FLEET_BASE_PORT  first daphne port (8001; then 8002...)
#   LISTEN_PORT      nginx's port (8080)             RUNTIME_DIR      pid files, logs, nginx.conf (/tmp/matchmetric-fleet)
#   CLIENT_TIMEOUT_S nginx's slow-client cut (10)    NGINX            nginx binary (nginx on PATH)
# With more than one process REDIS_HOST and DB_NAME (PostgreSQL) must be set: the processes share them.
# `start` prepares once (./runapp.sh prepare), starts the processes and nginx, and returns once nginx
# answers; `stop` sends SIGTERM to each (running analyses are stored as interrupted, see the README).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${FLEET_PROCESSES:-2}
BASE=${FLEET_BASE_PORT:-8001}
export LISTEN_PORT=${LISTEN_PORT:-8080} RUNTIME_DIR=${RUNTIME_DIR:-/tmp/matchmetric-fleet}
export CLIENT_TIMEOUT_S=${CLIENT_TIMEOUT_S:-10} UPSTREAM="127.0.0.1:${BASE}"

wait_for_port() {  # port, seconds
  for _ in $(seq 1 $(($2 * 10))); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "fleet.sh: nothing listens on port $1 after $2 s (logs in $RUNTIME_DIR)" >&2
  return 1
}

start() {
  if [ "$N" -gt 1 ] && { [ -z "${REDIS_HOST:-}" ] || [ -z "${DB_NAME:-}" ]; }; then
    echo "fleet.sh: $N processes share Redis and PostgreSQL: set REDIS_HOST and DB_NAME (and DB_*)" >&2
    exit 2
  fi
  mkdir -p "$RUNTIME_DIR"
  rm -f "$RUNTIME_DIR"/upstream-*.conf
  ./runapp.sh prepare
  for i in $(seq 0 $((N - 1))); do
    port=$((BASE + i))
    if [ "$i" -gt 0 ]; then echo "server 127.0.0.1:$port;" >> "$RUNTIME_DIR/upstream-fleet.conf"; fi
    DAPHNE_PROXY_HEADERS=1 HOST=127.0.0.1 PORT=$port setsid deploy/daphne.sh \
      > "$RUNTIME_DIR/daphne-$port.log" 2>&1 &
    echo $! > "$RUNTIME_DIR/daphne-$port.pid"
  done
  sed -e "s|\${LISTEN_PORT}|$LISTEN_PORT|g" -e "s|\${UPSTREAM}|$UPSTREAM|g" \
    -e "s|\${RUNTIME_DIR}|$RUNTIME_DIR|g" -e "s|\${CLIENT_TIMEOUT_S}|$CLIENT_TIMEOUT_S|g" \
    deploy/nginx.conf.template > "$RUNTIME_DIR/nginx.conf"
  for i in $(seq 0 $((N - 1))); do wait_for_port $((BASE + i)) 120; done
  setsid "${NGINX:-nginx}" -c "$RUNTIME_DIR/nginx.conf" -p "$RUNTIME_DIR" -e "$RUNTIME_DIR/error.log" \
    > /dev/null 2>&1 &
  echo $! > "$RUNTIME_DIR/nginx.pid"
  wait_for_port "$LISTEN_PORT" 10
  echo "fleet: $N daphne process(es) on ports $BASE-$((BASE + N - 1)) behind http://127.0.0.1:$LISTEN_PORT"
}

stop() {
  for pidfile in "$RUNTIME_DIR"/*.pid; do
    [ -e "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then kill -TERM "$pid"; fi
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    rm -f "$pidfile"
  done
}

status() {
  for pidfile in "$RUNTIME_DIR"/*.pid; do
    [ -e "$pidfile" ] || continue
    if kill -0 "$(cat "$pidfile")" 2>/dev/null; then state=running; else state=stopped; fi
    echo "$(basename "$pidfile" .pid): $state"
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: deploy/fleet.sh start|stop|status" >&2; exit 2 ;;
esac
