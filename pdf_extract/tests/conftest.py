"""Shared fixtures: the eval PDFs (skipped cleanly when ../shared/eval is absent) and a worker pool."""

import asyncio
import os
from collections.abc import Iterator

import pytest

from pdf_extract import ExtractedDocument, ExtractionLimits, WorkerPool, extract_document_isolated
from pdf_extract.tests.eval_data import eval_pdf_paths


@pytest.fixture(scope="session")
def eval_documents() -> dict[str, ExtractedDocument]:
    """Return every eval PDF extracted once through the worker pool (in parallel), keyed by file name."""
    paths = eval_pdf_paths()
    # A generous deadline: this fixture checks quality, and a loaded CI machine must not cut real files.
    limits = ExtractionLimits(timeout_s=60)
    workers = WorkerPool(size=max(2, os.cpu_count() or 2))

    async def extract_all() -> list[ExtractedDocument]:
        return await asyncio.gather(
            *(
                extract_document_isolated(path.read_bytes(), filename=path.name, limits=limits, pool=workers)
                for path in paths
            )
        )

    try:
        documents = asyncio.run(extract_all())
    finally:
        workers.shutdown()
    return {path.name: document for path, document in zip(paths, documents, strict=True)}


@pytest.fixture
def pool() -> Iterator[WorkerPool]:
    """Return a private two-worker pool, stopped after the test."""
    workers = WorkerPool(size=2)
    yield workers
    workers.shutdown()
