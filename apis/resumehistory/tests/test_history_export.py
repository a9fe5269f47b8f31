import csv
import io
import json
import tracemalloc
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connections
from django.test import AsyncClient, override_settings

from apis.resumehistory.models import ResumeHistory
from apis.resumehistory.tests.factories import SAMPLE_ANALYSIS, make_history

pytestmark = pytest.mark.django_db

URL = "/api/v1/resume/histories/export/"
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
HEADER = [
    "id",
    "created_at",
    "finished_at",
    "status",
    "engine",
    "model",
    "match_score",
    "duration_ms",
    "job_description",
    "resume_text",
    "ai_analysis",
]


def body_of(response) -> str:
    assert response.streaming
    return b"".join(response.streaming_content).decode()


def two_analyses(user):
    older = make_history(
        user=user,
        created_at=T0,
        finished_at=T0 + timedelta(seconds=2),
        duration_ms=2000,
        job_description='Backend, Python\n"senior"',
    )
    newer = make_history(
        user=user,
        created_at=T0 + timedelta(hours=1),
        finished_at=None,
        match_score=40,
        ai_analysis={**SAMPLE_ANALYSIS, "match_score": 40, "reasoning": "Zürich, ünïcode"},
    )
    return older, newer


def test_the_csv_export_holds_every_completed_analysis_newest_first(jwt_client, user):
    older, newer = two_analyses(user)
    make_history(user=user, status="failed", ai_analysis=None, match_score=None)

    response = jwt_client.get(URL, {"format": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="analyses-')
    assert response["Content-Disposition"].endswith('.csv"')
    text = body_of(response)
    assert "Zürich" in text  # UTF-8 as is, not ASCII escapes
    header, *rows = csv.reader(io.StringIO(text))
    for row in rows:
        row[-1] = json.loads(row[-1])  # jsonb (PostgreSQL) does not keep key order
    assert [header, *rows] == [
        HEADER,
        [
            str(newer.pk),
            "2026-03-01T13:00:00Z",
            "",
            "completed",
            "local",
            "local-v1",
            "40",
            "",
            "We need a Python developer who knows Kubernetes.",
            "Python developer with PostgreSQL experience.",
            {**SAMPLE_ANALYSIS, "match_score": 40, "reasoning": "Zürich, ünïcode"},
        ],
        [
            str(older.pk),
            "2026-03-01T12:00:00Z",
            "2026-03-01T12:00:02Z",
            "completed",
            "local",
            "local-v1",
            "72",
            "2000",
            'Backend, Python\n"senior"',
            "Python developer with PostgreSQL experience.",
            SAMPLE_ANALYSIS,
        ],
    ]


def test_the_json_export_is_one_valid_array_of_the_same_fields(jwt_client, user):
    older, newer = two_analyses(user)

    response = jwt_client.get(URL, {"format": "json"})

    assert response["Content-Type"] == "application/json"
    assert json.loads(body_of(response)) == [
        {
            "id": newer.pk,
            "created_at": "2026-03-01T13:00:00Z",
            "finished_at": None,
            "status": "completed",
            "engine": "local",
            "model": "local-v1",
            "match_score": 40,
            "duration_ms": None,
            "job_description": "We need a Python developer who knows Kubernetes.",
            "resume_text": "Python developer with PostgreSQL experience.",
            "ai_analysis": {**SAMPLE_ANALYSIS, "match_score": 40, "reasoning": "Zürich, ünïcode"},
        },
        {
            "id": older.pk,
            "created_at": "2026-03-01T12:00:00Z",
            "finished_at": "2026-03-01T12:00:02Z",
            "status": "completed",
            "engine": "local",
            "model": "local-v1",
            "match_score": 72,
            "duration_ms": 2000,
            "job_description": 'Backend, Python\n"senior"',
            "resume_text": "Python developer with PostgreSQL experience.",
            "ai_analysis": SAMPLE_ANALYSIS,
        },
    ]


def test_csv_is_the_default_format(jwt_client, user):
    make_history(user=user)

    assert jwt_client.get(URL)["Content-Type"] == "text/csv; charset=utf-8"


def test_an_empty_export_is_a_header_or_an_empty_array(jwt_client):
    assert body_of(jwt_client.get(URL, {"format": "csv"})).splitlines() == [",".join(HEADER)]
    assert json.loads(body_of(jwt_client.get(URL, {"format": "json"}))) == []


def test_the_export_takes_the_list_filters(jwt_client, user):
    wanted = make_history(user=user, status="failed", job_description="Go developer", match_score=80)
    make_history(user=user, status="failed", job_description="Go developer", match_score=30)
    make_history(user=user, job_description="Go developer", match_score=80)
    make_history(user=user, status="failed", job_description="Java", match_score=80)

    response = jwt_client.get(URL, {"format": "json", "status": "failed", "search": "GO", "min_score": 50})

    assert [row["id"] for row in json.loads(body_of(response))] == [wanted.pk]


def test_the_export_holds_only_the_users_own_analyses(jwt_client, user, make_user):
    mine = make_history(user=user)
    make_history(user=make_user(email="eve@example.com"))

    assert [
        row["id"] for row in json.loads(body_of(jwt_client.get(URL, {"format": "json", "status": "all"})))
    ] == [mine.pk]


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_quoted(jwt_client, user):
    make_history(user=user, job_description='=HYPERLINK("http://evil.example","x")', resume_text="@SUM(A1)")

    row = list(csv.reader(io.StringIO(body_of(jwt_client.get(URL)))))[1]

    assert row[HEADER.index("job_description")] == '\'=HYPERLINK("http://evil.example","x")'
    assert row[HEADER.index("resume_text")] == "'@SUM(A1)"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"format": "xml"}, 'format: "xml" is not a valid choice.'),
        ({"min_score": "abc"}, "min_score: A valid integer is required."),
        ({"status": "nope"}, 'status: "nope" is not a valid choice.'),
    ],
)
def test_bad_export_parameters_are_a_400_json_envelope(jwt_client, params, message):
    response = jwt_client.get(URL, params)

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["message"] == message


def test_the_export_needs_authentication():
    from rest_framework.test import APIClient

    assert APIClient().get(URL, {"format": "csv"}).status_code == 401


def bulk_history(user, count: int, text_chars: int) -> int:
    """Create ``count`` analyses holding ``text_chars`` of resume text each; return the text size in bytes."""
    text = ("Python PostgreSQL Kubernetes " * (text_chars // 29 + 1))[:text_chars]
    ResumeHistory.objects.bulk_create(
        ResumeHistory(
            user=user,
            resume_text=text,
            job_description="job",
            engine="local",
            model="local-v1",
            status="completed",
            ai_analysis=SAMPLE_ANALYSIS,
            match_score=72,
            created_at=T0 + timedelta(seconds=i),
        )
        for i in range(count)
    )
    return count * text_chars


ROWS, TEXT_CHARS = 1500, 6000  # about 9 MB of export


@override_settings(HISTORY_EXPORT_CHUNK_SIZE=50)
def test_a_large_export_streams_in_constant_memory(jwt_client, user):
    text_bytes = bulk_history(user, ROWS, TEXT_CHARS)
    response = jwt_client.get(URL, {"format": "json"})

    tracemalloc.start()
    try:
        total, rows, chunks = 0, 0, 0
        for chunk in response.streaming_content:
            total += len(chunk)
            rows += chunk.count(b'"resume_text"')
            chunks += 1
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert rows == ROWS
    assert total > text_bytes
    assert chunks > 100  # delivered piecewise, not as one body
    assert peak < 2_000_000, f"peak {peak} bytes while streaming {total} bytes"


@pytest.mark.django_db(transaction=True)
@override_settings(HISTORY_EXPORT_CHUNK_SIZE=50)
async def test_under_asgi_the_export_is_an_async_stream_in_constant_memory(make_user):
    from asgiref.sync import sync_to_async

    user = await sync_to_async(make_user)(email="ada@example.com")
    text_bytes = await sync_to_async(bulk_history)(user, ROWS, TEXT_CHARS)
    client = AsyncClient()
    await client.aforce_login(user)
    response = await client.get(URL, {"format": "csv"})

    assert response.is_async  # a sync iterator would be read whole into memory by Django's ASGI handler
    tracemalloc.start()
    try:
        total, lines = 0, 0
        async for chunk in response.streaming_content:
            total += len(chunk)
            lines += chunk.count(b"\r\n")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert lines == ROWS + 1
    assert total > text_bytes
    assert peak < 2_000_000, f"peak {peak} bytes while streaming {total} bytes"
    await sync_to_async(
        connections.close_all
    )()  # the worker thread's connection, so the test database can go
