"""An analysis of a stored resume brings the structure read at upload: the engine and the history row use it."""

from typing import Any

import pytest
from channels.db import database_sync_to_async

from ai.local_engine import structure as structure_module
from ai.local_engine.structure import clear_structure_cache, read_structure
from ai.text_normalize import normalize_text
from apis.resumehistory.tests.factories import make_resume
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    JOB,
    TERMINAL,
    _no_leftover_runs,
    connected,
    frames_until,
    row,
)
from apis.tailoring.tests.support import RESUME

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("local_engine")]


async def test_the_analysis_of_a_stored_resume_uses_and_keeps_its_structure(
    user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_structure_cache()
    text = normalize_text(text=RESUME)  # as uploads are stored
    resume = await database_sync_to_async(make_resume)(
        user=user, text=text, structure=read_structure(text=text)
    )
    reads: list[str] = []

    def read_again(text: str) -> Any:
        reads.append(text)
        raise AssertionError("the stored structure should have been used")

    monkeypatch.setattr(structure_module, "_labels", read_again)

    communicator = await connected(user)
    await communicator.send_json_to({"action": "analyze", "resume_id": resume.pk, "job_description": JOB})
    frames = await frames_until(communicator, TERMINAL)
    await communicator.disconnect()

    assert frames[-1]["type"] == "analysis.completed"
    assert reads == []  # the engine took the stored labels; it never read the resume's structure again
    stored = await row(frames[0]["analysis_id"])
    assert stored.resume_structure == resume.structure
