import json

from ai.base import AnalysisInput
from ai.local_engine import MODEL_NAME, LocalEngine, analyze

STREAM_ORDER = [
    "missing_keywords",
    "details",
    "match_score",
    "sentence_to_improve",
    "recommended_improvement",
    "reasoning",
]


async def _chunks(resume: str, job: str) -> list[str]:
    engine = LocalEngine()
    return [
        chunk.text async for chunk in engine.stream(AnalysisInput(resume_text=resume, job_description=job))
    ]


def test_the_engine_names_itself_local():
    assert (LocalEngine.name, LocalEngine.model) == ("local", MODEL_NAME)


async def test_the_streamed_chunks_join_to_the_json_analyze_returns(job, resume):
    chunks = await _chunks(resume, job)
    assert json.loads("".join(chunks)) == analyze(resume_text=resume, job_description=job)


async def test_each_chunk_completes_one_field_in_the_stated_order(job, resume):
    chunks = await _chunks(resume, job)
    assert len(chunks) == len(STREAM_ORDER)
    assert chunks[0].startswith('{"missing_keywords": [')
    assert chunks[-1].endswith("}")
    seen = []
    for index in range(1, len(chunks) + 1):
        prefix = "".join(chunks[:index])
        # Closing the partial object after each chunk must give valid JSON with the fields so far.
        partial = json.loads(prefix if prefix.endswith("}") else prefix.rstrip(", ") + "}")
        seen = list(partial)
        assert seen == STREAM_ORDER[:index]
    assert seen == STREAM_ORDER


async def test_the_match_score_chunk_ends_with_a_separator_so_the_number_is_complete(job, resume):
    chunks = await _chunks(resume, job)
    score_chunk = chunks[STREAM_ORDER.index("match_score")]
    assert score_chunk.startswith('"match_score": ')
    assert score_chunk.endswith(", ")


async def test_the_stream_is_deterministic(job, resume):
    assert await _chunks(resume, job) == await _chunks(resume, job)
