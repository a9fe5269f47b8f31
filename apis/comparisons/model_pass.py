"""With Gemini, the model's pass over a completed grid: only the best ``COMPARE_MODEL_TOP_PAIRS`` pairs.

They are analysed one after another through ``analysis_start`` (so within the user's analysis limits). Each
starts unfollowed; the socket that started the comparison is then told its id (``comparison.analysis``
message) and subscribes to it, replaying it from its first frame.
"""

import logging
from typing import Any

from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings

from api_services.custom_exceptions import AppError
from apis.resumehistory import analysis_services as analyses
from db_cruds import comparisons as rows

logger = logging.getLogger(__name__)

ANALYSIS_STARTED = "comparison.analysis"


def model_pairs(*, engine: str, cells: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the best pairs the model is to analyse (Gemini only), best first."""
    if engine != "gemini":
        return []
    best = sorted(cells, key=lambda cell: -cell["match_score"])[: settings.COMPARE_MODEL_TOP_PAIRS]
    return [{"resume_id": cell["resume_id"], "job_index": cell["job_index"]} for cell in best]


async def model_analyses(
    *,
    comparison_id: int,
    user_id: int,
    request_id: str,
    jobs: list[str],
    pairs: list[dict[str, Any]],
    follower_channel: str,
) -> None:
    """Have the model analyse ``pairs`` one by one; record each analysis id (or refusal) in ``pairs``."""
    layer = get_channel_layer()
    for pair in pairs:
        payload = {
            "action": "analyze",
            "resume_id": pair["resume_id"],
            "job_description": jobs[pair["job_index"]],
            "request_id": request_id,
        }
        try:
            analysis_id = await analyses.analysis_start(user_id=user_id, payload=payload, follower=None)
        except AppError as exc:
            logger.warning("comparison %s: a model analysis was refused (%s)", comparison_id, exc.code)
            pair["error_code"] = exc.code
            await database_sync_to_async(rows.comparison_set_analyses)(
                comparison_id=comparison_id, analyses=pairs
            )
            continue
        pair["analysis_id"] = analysis_id
        await database_sync_to_async(rows.comparison_set_analyses)(
            comparison_id=comparison_id, analyses=pairs
        )
        message = {"type": ANALYSIS_STARTED, "comparison_id": comparison_id, "analysis_id": analysis_id}
        await layer.send(follower_channel, message)
        await analyses.analysis_wait(analysis_id=analysis_id)
