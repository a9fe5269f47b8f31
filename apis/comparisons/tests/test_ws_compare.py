"""The ``compare`` action: frames in order, stored cells, rankings, and the model's pass over the best pairs."""

from typing import Any

import pytest

from ai.google_genai.fake_server import FakeGemini, Script
from ai.local_engine import analyze
from ai.local_engine.score import WEIGHTS
from apis.comparisons.tests.support import (
    COMPARISON_TERMINAL,
    JOBS,
    RESUMES,
    cell_rows,
    compare_frame,
    comparison_row,
    resumes_of,
)
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    TERMINAL,
    _no_leftover_runs,
    by_type,
    connected,
    frames_until,
)

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("no_leftover_comparisons")]


def expected_score(resume: str, job: str) -> int:
    return analyze(resume_text=resume, job_description=job)["match_score"]


async def test_started_then_one_cell_per_pair_then_completed_with_rankings(
    user: Any, local_engine: None
) -> None:
    ids = await resumes_of(user)
    communicator = await connected(user)
    await communicator.send_json_to(compare_frame(ids, request_id="cmp-1"))
    frames = await frames_until(communicator, COMPARISON_TERMINAL)
    await communicator.disconnect()

    comparison_id = frames[0]["comparison_id"]
    assert frames[0] == {
        "type": "comparison.started",
        "comparison_id": comparison_id,
        "request_id": "cmp-1",
        "engine": "local",
        "grid": {"resume_ids": ids, "jobs": [{"job_index": 0}, {"job_index": 1}, {"job_index": 2}]},
    }
    cells = frames[1:-1]
    assert [frame["type"] for frame in cells] == ["comparison.cell"] * 6
    assert [(c["seq"], c["resume_id"], c["job_index"]) for c in cells] == [
        (2 + n, ids[n // 3], n % 3) for n in range(6)
    ]
    for cell in cells:
        resume, job = RESUMES[ids.index(cell["resume_id"])], JOBS[cell["job_index"]]
        assert cell["match_score"] == expected_score(resume, job)
        assert set(cell["sub_scores"]) == set(WEIGHTS)
        assert cell["top_gaps"] == analyze(resume_text=resume, job_description=job)["missing_keywords"][:5]
    python_cell = cells[0]
    assert "Kubernetes" in python_cell["top_gaps"]

    completed = frames[-1]
    assert completed["type"] == "comparison.completed"
    assert completed["status"] == "success"
    assert completed["model_pairs"] == []
    by_resume = completed["rankings"]["by_resume"]
    assert [entry["resume_id"] for entry in by_resume] == ids
    for entry in by_resume:
        scores = [job["match_score"] for job in entry["jobs"]]
        assert scores == sorted(scores, reverse=True)
    by_job = completed["rankings"]["by_job"]
    assert [entry["job_index"] for entry in by_job] == [0, 1, 2]
    assert by_job[0]["resumes"][0]["resume_id"] == ids[0]  # the Python backend resume fits the Python job
    assert by_job[1]["resumes"][0]["resume_id"] == ids[1]  # the React resume fits the frontend job

    stored = await comparison_row(comparison_id)
    assert (stored.status, stored.engine, stored.resume_ids) == ("completed", "local", ids)
    assert stored.job_descriptions == list(JOBS)
    assert stored.rankings == completed["rankings"]
    assert stored.finished_at is not None and stored.duration_ms is not None
    assert [
        (c.seq, c.resume_id, c.job_index, c.match_score, c.top_gaps) for c in await cell_rows(comparison_id)
    ] == [(c["seq"], c["resume_id"], c["job_index"], c["match_score"], c["top_gaps"]) for c in cells]


async def test_gemini_analyses_only_the_best_pairs_after_the_grid(
    user: Any, gemini: FakeGemini, settings: Any
) -> None:
    settings.COMPARE_MODEL_TOP_PAIRS = 2
    # Chunks spaced out, as a real model's are: the socket subscribes while each analysis is still running.
    gemini.enqueue(Script(chunk_delay_s=0.05), Script(chunk_delay_s=0.05))
    ids = await resumes_of(user)
    communicator = await connected(user)
    await communicator.send_json_to(compare_frame(ids))
    frames = await frames_until(communicator, COMPARISON_TERMINAL)
    completed = frames[-1]
    assert frames[0]["engine"] == "gemini"
    cells = by_type(frames, "comparison.cell")
    best = sorted(cells, key=lambda cell: -cell["match_score"])[:2]
    assert completed["model_pairs"] == [
        {"resume_id": c["resume_id"], "job_index": c["job_index"]} for c in best
    ]

    follow_ups = await frames_until(communicator, TERMINAL)
    follow_ups += await frames_until(communicator, TERMINAL)
    await communicator.disconnect()
    started = by_type(follow_ups, "analysis.started")
    assert [frame["engine"] for frame in started] == ["gemini", "gemini"]
    for frame in started:  # each analysis is relayed whole: started, its chunks, then completed
        mine = [f for f in follow_ups if f.get("analysis_id") == frame["analysis_id"]]
        assert mine[0] == frame
        assert [f["seq"] for f in by_type(mine, "analysis.chunk")] == [1, 2, 3, 4, 5, 6]
        assert mine[-1]["type"] == "analysis.completed"
    assert len(gemini.requests) == 2  # the model saw only the two best pairs, not the six cells
    for request, pair in zip(gemini.requests, best, strict=True):
        assert JOBS[pair["job_index"]] in request.user_text
        assert RESUMES[ids.index(pair["resume_id"])] in request.user_text
    stored = await comparison_row(completed["comparison_id"])
    assert [a["analysis_id"] for a in stored.analyses] == [s["analysis_id"] for s in started]
