"""The worker pool: same result as in-process, hard wall-clock and memory caps, recovery, concurrency."""

import asyncio
import itertools
from pathlib import Path

import pytest

from pdf_extract import (
    ExtractionError,
    ExtractionLimits,
    WorkerPool,
    extract_document,
    extract_document_isolated,
)
from pdf_extract.pypdf_extractor.extractor import pypdf_configuration
from pdf_extract.tests import builders


async def test_it_returns_the_same_document_as_in_process_extraction(pool: WorkerPool) -> None:
    data = builders.text_pdf()

    document = await extract_document_isolated(data, filename="resume.pdf", pool=pool)

    assert document == extract_document(data, filename="resume.pdf")


async def test_it_raises_the_workers_extraction_error_with_code_and_message(pool: WorkerPool) -> None:
    with pytest.raises(ExtractionError) as caught:
        await extract_document_isolated(builders.encrypted_pdf(), pool=pool)

    assert (type(caught.value).__name__, caught.value.code, caught.value.message) == (
        "EncryptedDocumentError",
        "encrypted_document",
        "password-protected PDF: remove the password and upload again",
    )


async def test_it_checks_the_size_before_sending_the_file_to_a_worker() -> None:
    unused = WorkerPool(size=1)

    with pytest.raises(ExtractionError) as caught:
        await extract_document_isolated(b"x" * 2048, limits=ExtractionLimits(max_bytes=1024), pool=unused)

    assert caught.value.code == "file_too_large"
    assert unused._workers == set()


async def test_it_kills_a_worker_at_the_wall_clock_timeout_and_the_next_call_works(pool: WorkerPool) -> None:
    # 20 MB of inflated content takes pypdf over a second to tokenise, with no callback to stop it early:
    # only killing the process can cut it.
    stuck = builders.flate_bomb_pdf(megabytes=20)
    await extract_document_isolated(builders.text_pdf(), pool=pool)
    (first_worker,) = pool._workers
    loop = asyncio.get_running_loop()
    started = loop.time()

    with pytest.raises(ExtractionError) as caught:
        await extract_document_isolated(stuck, limits=ExtractionLimits(timeout_s=0.3), pool=pool)
    elapsed = loop.time() - started
    document = await extract_document_isolated(builders.text_pdf(), pool=pool)

    assert caught.value.code == "extraction_timeout"
    assert 0.3 <= elapsed < 1.0
    assert first_worker.process.returncode == -9
    assert document.format == "pdf"
    assert first_worker not in pool._workers


async def test_it_cuts_a_worker_at_the_memory_cap_and_the_next_call_works(pool: WorkerPool) -> None:
    # 30 MB stays under pypdf's stream limit, so only the address-space cap can stop this file.
    bomb = builders.flate_bomb_pdf(megabytes=30)
    assert pypdf_configuration(limits=ExtractionLimits()).zlib_maximum_output_length > 30 * 1024 * 1024

    with pytest.raises(ExtractionError) as caught:
        await extract_document_isolated(bomb, limits=ExtractionLimits(memory_mb=64, timeout_s=10), pool=pool)
    document = await extract_document_isolated(builders.text_pdf(), pool=pool)

    assert caught.value.code == "extraction_resource_limit"
    assert document.format == "pdf"


async def test_it_keeps_the_event_loop_free_while_a_hostile_file_is_processed(pool: WorkerPool) -> None:
    # Start both workers first so that start-up time cannot decide the race below.
    await asyncio.gather(*(extract_document_isolated(builders.text_pdf(), pool=pool) for _ in range(2)))
    slow = extract_document_isolated(
        builders.slow_pdf(pages=20, operations=9_000), limits=ExtractionLimits(timeout_s=0.5), pool=pool
    )
    fast = extract_document_isolated(builders.text_pdf(), pool=pool)
    order = []

    for next_done in asyncio.as_completed([asyncio.ensure_future(slow), asyncio.ensure_future(fast)]):
        try:
            order.append((await next_done).format)
        except ExtractionError as error:
            order.append(error.code)

    assert order == ["pdf", "extraction_timeout"]


async def test_it_serves_more_concurrent_calls_than_workers(pool: WorkerPool) -> None:
    files = [builders.text_pdf(pages=pages) for pages in (1, 2, 3, 1, 2, 3)]

    documents = await asyncio.gather(*(extract_document_isolated(data, pool=pool) for data in files))

    assert [document.pages for document in documents] == [1, 2, 3, 1, 2, 3]
    assert len(pool._workers) == 2


def test_it_starts_every_worker_on_warm_up(pool: WorkerPool) -> None:
    pool.warm_up()
    pool.warm_up()

    assert len(pool._workers) == 2
    assert all(worker.alive() for worker in pool._workers)


def test_it_starts_workers_without_the_servers_secrets(
    pool: WorkerPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECRET_KEY", "do-not-leak")
    pool.warm_up()

    environments = [Path(f"/proc/{worker.pid}/environ").read_bytes().split(b"\0") for worker in pool._workers]

    assert len(environments) == 2
    assert not any(entry.startswith(b"SECRET_KEY=") for entry in itertools.chain(*environments))
