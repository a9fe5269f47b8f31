"""History list speed at a million rows: p50/p99 server time and SQL queries per request through real HTTP.

Run from the repo root (PostgreSQL on 127.0.0.1:5432, user postgres, trust auth):

    .venv/bin/python bench/history_page.py [--requests 400] [--refill] [--db resumeai_bench_history]

1. Creates the database if missing, migrates it with ``manage.py migrate`` (DB_NAME set), and fills it once
   with 10,000 users and 1,000,000 analyses (one user holds 100,000) by ``INSERT ... SELECT generate_series``
   with the secondary indexes dropped and rebuilt from their migrated definitions, then ``VACUUM ANALYZE``.
   Later runs reuse the data (``--refill`` rebuilds it).
2. Starts daphne as a subprocess on this module's ``bench_application``: the project's ASGI app with one extra
   outermost middleware (bench only) that returns the server time and the SQL query count of each request in
   ``X-Bench-Server-Ms`` / ``X-Bench-Queries``. Requests go over one keep-alive HTTP/1.1 connection.
3. Measures the first and the last (deepest) page of the 100k-row user, with a JWT and with a session cookie.
4. Baselines in the same run, in-process on the same data: a naive page (``queryset[offset:offset + n]`` plus
   ``count()``) and the same page query with both history indexes dropped (inside a rolled-back transaction).
   Prints EXPLAIN ANALYZE of the page query for the first and the deep page.
"""

import argparse
import http.client
import json
import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from api_services.tests.server_support import free_port, wait_until_serving  # noqa: E402

USERS = 10_000
ROWS = 1_000_000
HEAVY_ROWS = 100_000
PER_PAGE = 10
TARGET_P99_MS = 30.0
TARGET_QUERIES = 3
HISTORY_TABLE = "resumehistory_resumehistory"
LIST_INDEXES = ("history_user_created_idx", "history_user_status_idx")


# --- the server side (imported by daphne in the subprocess) -------------------------------------------------


class ServerTimingMiddleware:
    """Bench only: time the whole Django request and count its SQL queries, reported in response headers."""

    def __init__(self, get_response: Callable[[Any], Any]) -> None:
        self.get_response = get_response

    def __call__(self, request: Any) -> Any:
        from django.db import connection

        queries, db_seconds = 0, 0.0

        def count(execute: Callable[..., Any], sql: str, params: Any, many: bool, context: Any) -> Any:
            nonlocal queries, db_seconds
            queries += 1
            started = time.perf_counter()
            try:
                return execute(sql, params, many, context)
            finally:
                db_seconds += time.perf_counter() - started

        started = time.perf_counter()
        with connection.execute_wrapper(count):
            response = self.get_response(request)
        response["X-Bench-Server-Ms"] = f"{(time.perf_counter() - started) * 1000:.3f}"
        response["X-Bench-Queries"] = str(queries)
        response["X-Bench-Db-Ms"] = f"{db_seconds * 1000:.3f}"
        return response


def __getattr__(name: str) -> Any:
    """Build ``bench_application`` on first access: the project's ASGI app behind ServerTimingMiddleware."""
    if name != "bench_application":
        raise AttributeError(name)
    import django
    from django.conf import settings

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeai_proj.settings")
    django.setup()
    settings.MIDDLEWARE = [f"{__name__}.ServerTimingMiddleware", *settings.MIDDLEWARE]
    from resumeai_proj.asgi import application

    return application


# --- database set-up ----------------------------------------------------------------------------------------


def db_env(db_name: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DB_NAME=db_name,
        DB_USER=os.environ.get("DB_USER", "postgres"),
        DB_HOST=os.environ.get("DB_HOST", "127.0.0.1"),
        DB_PORT=os.environ.get("DB_PORT", "5432"),
        DJANGO_SETTINGS_MODULE="resumeai_proj.settings",
        THROTTLE_USER="100000000/min",  # the bench makes thousands of requests a minute on purpose
        JWT_ACCESS_MINUTES="120",
        LOG_LEVEL="warning",
        PYTHONPATH=str(REPO),
    )
    return env


def create_and_migrate(db_name: str) -> None:
    import psycopg

    env = db_env(db_name)
    with psycopg.connect(
        host=env["DB_HOST"], port=int(env["DB_PORT"]), user=env["DB_USER"], dbname="postgres", autocommit=True
    ) as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (db_name,)).fetchone():
            admin.execute(f'CREATE DATABASE "{db_name}"')
            print(f"created database {db_name}")
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=REPO, env=env, check=True
    )


def fill(cursor: Any, password_hash: str) -> None:
    """Load 10k users and 1M analyses with set-based SQL (about a minute); the data is deterministic."""
    started = time.perf_counter()
    # Django's foreign keys are DEFERRABLE INITIALLY DEFERRED: check them per statement, so that the
    # indexes can be rebuilt inside the same transaction.
    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    cursor.execute(
        f"TRUNCATE {HISTORY_TABLE}, resumehistory_historycount, resumehistory_resume, users_user"
        " RESTART IDENTITY CASCADE"
    )
    cursor.execute(
        """
        INSERT INTO users_user (password, is_superuser, is_staff, is_active, date_joined, email,
                                first_name, last_name)
        SELECT %s, false, false, true, now(), 'bench' || g || '@example.com', 'Bench', 'User'
        FROM generate_series(1, %s) AS g
        """,
        (password_hash, USERS),
    )
    cursor.execute(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s AND indexname NOT LIKE %s",
        (HISTORY_TABLE, "%_pkey"),
    )
    secondary = cursor.fetchall()
    for name, _ in secondary:
        cursor.execute(f'DROP INDEX "{name}"')
    # The HistoryCount triggers would fire a million times: off for the load, then one GROUP BY.
    cursor.execute(f"ALTER TABLE {HISTORY_TABLE} DISABLE TRIGGER USER")
    # user 1 gets every 10th row (100k); the rest spread over users 2..10000 (90 each). One row a minute
    # from 2024-06-01, so rows of the heavy user are interleaved with everyone else's on the heap.
    cursor.execute(
        """
        INSERT INTO resumehistory_resumehistory (
            user_id, resume_text, job_description, request_id, engine, model, status, ai_analysis,
            match_score, error_code, error_message, time_to_first_chunk_ms, duration_ms, input_tokens,
            output_tokens, worker_id, created_at, updated_at, finished_at)
        SELECT
            CASE WHEN g %% %(heavy_every)s = 0 THEN 1 ELSE 2 + (g %% %(others)s) END,
            'Senior Python developer ' || g || '. ' || repeat('Built Django and PostgreSQL services. ', 15),
            'Job ' || g || ': ' || repeat('We need a backend engineer who knows Kubernetes. ', 6),
            '', CASE WHEN g %% 3 = 0 THEN 'gemini' ELSE 'local' END,
            CASE WHEN g %% 3 = 0 THEN 'gemini-flash-latest' ELSE 'local-v1' END,
            s.status,
            CASE WHEN s.status = 'completed' THEN jsonb_build_object(
                'match_score', (g * 37) %% 101,
                'missing_keywords', jsonb_build_array('Kubernetes', 'Terraform'),
                'sentence_to_improve', 'Worked on backend services.',
                'recommended_improvement', 'Built and operated Python services on PostgreSQL.',
                'reasoning', 'Strong Python match; no container orchestration shown.') END,
            CASE WHEN s.status = 'completed' THEN (g * 37) %% 101 END,
            CASE WHEN s.status = 'failed' THEN 'model_timeout' ELSE '' END, '',
            150 + g %% 200, 2000 + g %% 3000, 1500, 300, '',
            t.ts, t.ts, CASE WHEN s.status <> 'running' THEN t.ts + interval '2 seconds' END
        FROM generate_series(1, %(rows)s) AS g
        CROSS JOIN LATERAL (SELECT timestamptz '2024-06-01 00:00:00+00' + g * interval '1 minute' AS ts) AS t
        CROSS JOIN LATERAL (SELECT CASE
            WHEN (g / 10) %% 50 = 7 THEN 'failed' WHEN (g / 10) %% 50 = 13 THEN 'cancelled'
            WHEN (g / 10) %% 1000 = 999 THEN 'running' ELSE 'completed' END AS status) AS s
        """,
        {"heavy_every": ROWS // HEAVY_ROWS, "others": USERS - 1, "rows": ROWS},
    )
    cursor.execute(
        "INSERT INTO resumehistory_historycount (user_id, status, total)"
        " SELECT user_id, status, COUNT(*) FROM resumehistory_resumehistory GROUP BY user_id, status"
    )
    cursor.execute(f"ALTER TABLE {HISTORY_TABLE} ENABLE TRIGGER USER")
    for _, definition in secondary:
        cursor.execute(definition)
    print(f"filled {USERS:,} users and {ROWS:,} analyses in {time.perf_counter() - started:.1f} s")


def ensure_data(*, refill: bool) -> None:
    from django.contrib.auth.hashers import make_password
    from django.db import connection, transaction

    from apis.resumehistory.models import ResumeHistory
    from apis.users.models import User

    loaded = User.objects.count() == USERS and ResumeHistory.objects.count() == ROWS
    if loaded and not refill:
        print(f"reusing {USERS:,} users and {ROWS:,} analyses (--refill to rebuild)")
        return
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL synchronous_commit = off")
        cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        fill(cursor, make_password("Bench-Password-1"))
    with connection.cursor() as cursor:
        started = time.perf_counter()
        cursor.execute(f"VACUUM (ANALYZE) {HISTORY_TABLE}")  # sets the visibility map: index-only scans
        cursor.execute("VACUUM (ANALYZE) users_user")
        print(f"vacuum analyze in {time.perf_counter() - started:.1f} s")


# --- HTTP measurement ---------------------------------------------------------------------------------------


def start_server(db_name: str, port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [
            str(REPO / ".venv" / "bin" / "daphne"),
            "-v",
            "0",
            "-b",
            "127.0.0.1",
            "-p",
            str(port),
            "bench.history_page:bench_application",
        ],
        cwd=REPO,
        env=db_env(db_name),
    )
    try:
        wait_until_serving(
            url=f"http://127.0.0.1:{port}/api/v1/ping/", process=server, name="daphne", timeout_s=30
        )
    except AssertionError:
        server.kill()
        raise
    return server


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(pct / 100 * len(ordered)) - 1))]


def measure(conn: http.client.HTTPConnection, path: str, headers: dict[str, str], n: int) -> dict[str, Any]:
    server_ms, client_ms, db_ms, queries = [], [], [], set()
    body: dict[str, Any] = {}
    for _ in range(n):
        started = time.perf_counter()
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        raw = response.read()
        client_ms.append((time.perf_counter() - started) * 1000)
        if response.status != 200:
            raise RuntimeError(f"{path}: HTTP {response.status} {raw[:300]!r}")
        server_ms.append(float(response.getheader("X-Bench-Server-Ms")))
        queries.add(int(response.getheader("X-Bench-Queries")))
        db_ms.append(float(response.getheader("X-Bench-Db-Ms")))
        body = json.loads(raw)
    return {
        "p50": statistics.median(server_ms),
        "p99": percentile(server_ms, 99),
        "db_p50": statistics.median(db_ms),
        "db_p99": percentile(db_ms, 99),
        "client_p50": statistics.median(client_ms),
        "client_p99": percentile(client_ms, 99),
        "queries": sorted(queries),
        "items": len(body["data"]["data"]),
        "total": body["data"]["total_items"],
        "page": body["data"]["page"],
    }


def auth_headers(user: Any) -> dict[str, dict[str, str]]:
    from django.test import Client
    from rest_framework_simplejwt.tokens import RefreshToken

    client = Client()
    client.force_login(user)  # a real row in django_session, as after auth/login/
    return {
        "jwt": {"Authorization": f"Bearer {RefreshToken.for_user(user).access_token}"},
        "session": {"Cookie": f"sessionid={client.cookies['sessionid'].value}"},
    }


# --- in-process baselines -----------------------------------------------------------------------------------


def timed(fn: Callable[[], Any], n: int) -> dict[str, float]:
    samples = []
    for _ in range(n):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return {"p50": statistics.median(samples), "p99": percentile(samples, 99)}


def baselines(user_id: int, deep_offset: int, n: int) -> dict[str, dict[str, float]]:
    from django.db import connection, transaction

    from db_cruds.history_selectors import HistoryFilters, history_filtered, history_page_with_total

    filters = HistoryFilters()

    def ours_deep() -> None:
        history_page_with_total(user_id=user_id, filters=filters, offset=deep_offset, limit=PER_PAGE)

    def naive_deep() -> None:
        matching = history_filtered(user_id=user_id, filters=filters)
        list(matching[deep_offset : deep_offset + PER_PAGE])
        matching.count()

    def ours_first() -> None:
        history_page_with_total(user_id=user_id, filters=filters, offset=0, limit=PER_PAGE)

    results = {
        "ours, first page (in-process)": timed(ours_first, n),
        "ours, deep page (in-process)": timed(ours_deep, n),
        "naive OFFSET + COUNT, deep page": timed(naive_deep, n),
    }
    with mock.patch("db_cruds.history_selectors._kept_counts", return_value=None):  # COUNT(*) the rows
        results["ours counting rows, first page"] = timed(ours_first, n)
        results["ours counting rows, deep page"] = timed(ours_deep, n)
    with transaction.atomic():
        with connection.cursor() as cursor:
            for name in LIST_INDEXES:
                cursor.execute(f'DROP INDEX "{name}"')  # rolled back below
        few = max(5, n // 10)
        results["ours without the indexes, first page"] = timed(ours_first, few)
        results["ours without the indexes, deep page"] = timed(ours_deep, few)
        transaction.set_rollback(True)
    return results


def explain(user_id: int, offset: int) -> str:
    from django.db import connection

    from db_cruds.history_selectors import HistoryFilters, history_page_queryset

    queryset = history_page_queryset(user_id=user_id, filters=HistoryFilters(), offset=offset, limit=PER_PAGE)
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


# --- main ---------------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="resumeai_bench_history")
    parser.add_argument("--requests", type=int, default=400, help="measured requests per case")
    parser.add_argument("--refill", action="store_true", help="rebuild the data even if it is there")
    args = parser.parse_args()

    create_and_migrate(args.db)
    os.environ.update(db_env(args.db))
    import django

    django.setup()
    from apis.users.models import User

    ensure_data(refill=args.refill)
    heavy = User.objects.get(email="bench1@example.com")
    headers = auth_headers(heavy)
    completed = heavy.resume_histories.filter(status="completed").count()
    last_page = math.ceil(completed / PER_PAGE)
    cases = [
        ("first page", 1),
        ("middle page", last_page // 2),
        ("deep page (last)", last_page),
    ]

    port = free_port()
    server = start_server(args.db, port)
    rows = []
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for auth in ("jwt", "session"):
            measure(
                conn, f"/api/v1/resume/histories/?page=1&per_page={PER_PAGE}", headers[auth], 30
            )  # warm-up
            for label, page in cases:
                path = f"/api/v1/resume/histories/?page={page}&per_page={PER_PAGE}"
                rows.append((f"{label}, {auth}", path, measure(conn, path, headers[auth], args.requests)))
        info_path = "/api/v1/resume/histories/?page=1&search=engineer%20who&status=all"
        info = measure(conn, info_path, headers["jwt"], max(10, args.requests // 20))
        conn.close()
    finally:
        server.terminate()
        server.wait(timeout=10)

    total = heavy.resume_histories.count()
    print(f"\nuser with {total:,} analyses ({completed:,} completed, {last_page:,} pages of {PER_PAGE})")
    print(f"{args.requests} requests per case, sequential, one keep-alive connection, daphne subprocess")
    print(
        f"{'case':34} {'server p50':>10} {'server p99':>10} {'SQL p50':>9} {'SQL p99':>9}"
        f" {'client p50':>10} {'client p99':>10}  queries"
    )
    ok = True
    for label, _, result in [*rows, ("(info) search, all statuses, jwt", "", info)]:
        queries = ",".join(str(q) for q in result["queries"])
        print(
            f"{label:34} {result['p50']:8.2f}ms {result['p99']:8.2f}ms {result['db_p50']:7.2f}ms"
            f" {result['db_p99']:7.2f}ms {result['client_p50']:8.2f}ms {result['client_p99']:8.2f}ms"
            f" {queries:>8}"
        )
        if result is not info:
            within = result["p99"] <= TARGET_P99_MS and max(result["queries"]) <= TARGET_QUERIES
            ok = ok and within and result["items"] > 0
    print("(server = Django's whole request in the bench middleware; SQL = time inside its queries)")
    verdict = "MET" if ok else "NOT MET"
    print(f"targets: server p99 <= {TARGET_P99_MS:.0f} ms and <= {TARGET_QUERIES} SQL queries: {verdict}")

    deep_offset = (last_page - 1) * PER_PAGE
    base = baselines(heavy.pk, deep_offset, max(20, args.requests // 4))
    print("\nbaselines (same data, same run, in-process; the page function alone, no HTTP/auth):")
    for label, result in base.items():
        print(f"  {label:42} p50 {result['p50']:8.2f} ms   p99 {result['p99']:8.2f} ms")
    ours_deep = base["ours, deep page (in-process)"]["p50"]
    ours_first = base["ours, first page (in-process)"]["p50"]
    ratios = {
        "counting rows / ours, first page": base["ours counting rows, first page"]["p50"] / ours_first,
        "counting rows / ours, deep page": base["ours counting rows, deep page"]["p50"] / ours_deep,
        "naive OFFSET + COUNT / ours, deep page": base["naive OFFSET + COUNT, deep page"]["p50"] / ours_deep,
        "without indexes / ours, first page": base["ours without the indexes, first page"]["p50"]
        / ours_first,
        "without indexes / ours, deep page": base["ours without the indexes, deep page"]["p50"] / ours_deep,
    }
    for label, ratio in ratios.items():
        print(f"  ratio {label:40} {ratio:6.1f}x (p50)")

    print("\nEXPLAIN ANALYZE, first page:\n" + explain(heavy.pk, 0))
    print("\nEXPLAIN ANALYZE, deep page:\n" + explain(heavy.pk, deep_offset))


if __name__ == "__main__":
    main()
