#!/usr/bin/env bash
# Serve MatchMetric-AI (`./runapp.sh`) or run its test suite (`./runapp.sh test [pytest args]`).
# Creates .venv when missing and installs the pinned requirements (skipped when unchanged).
set -euo pipefail
cd "$(dirname "$0")"

PYTHON_BIN=${PYTHON:-python3}
VENV=.venv

ensure_venv() {
  if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON_BIN" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
  fi
}

# Install a requirements file unless the same content was installed before.
install_requirements() {
  local file=$1 stamp sum
  sum=$(cat "$file" requirements.txt | sha256sum | cut -d' ' -f1)
  stamp="$VENV/.installed-$(basename "$file")"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$sum" ]; then
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$file"
    echo "$sum" > "$stamp"
    if [ "$file" = requirements-dev.txt ]; then  # the dev set includes the runtime set
      cat requirements.txt requirements.txt | sha256sum | cut -d' ' -f1 > "$VENV/.installed-requirements.txt"
    fi
  fi
}

# Make .env values visible here too (Django reads the same file through python-dotenv).
if [ -f .env ]; then
  set -a
  # shellcheck disable=SC1091
  . ./.env
  set +a
fi

ensure_venv
case "${1:-serve}" in
  test)
    shift
    install_requirements requirements-dev.txt
    set +e
    "$VENV/bin/python" -m pytest "$@"
    code=$?
    set -e
    if [ "$code" -eq 5 ]; then
      echo "runapp.sh: pytest collected no tests" >&2
    fi
    exit "$code"
    ;;
  serve)
    "$0" prepare
    exec deploy/daphne.sh
    ;;
  prepare)  # install, check the database, migrate, collect static files: once per deployment
    install_requirements requirements.txt
    "$VENV/bin/python" manage.py check_database  # one line saying how to fix it (e.g. createdb) when it fails
    "$VENV/bin/python" manage.py migrate --noinput
    "$VENV/bin/python" manage.py collectstatic --noinput --verbosity 0
    ;;
  *)
    echo "usage: ./runapp.sh [serve|prepare|test [pytest args]]" >&2
    exit 2
    ;;
esac
