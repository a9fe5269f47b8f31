"""Analysis-history rules: pagination, the delete of a running analysis, the streamed CSV/JSON export."""

import csv
import json
import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from django.utils import timezone

from api_services import status_messages as msg
from api_services.custom_exceptions import NotFound
from api_services.pagination import Page
from apis.resumehistory.models import ResumeHistory
from db_cruds import history_selectors as selectors
from db_cruds.history_selectors import EXPORT_FIELDS, HistoryFilters

logger = logging.getLogger(__name__)

EXPORT_FORMATS = ("csv", "json")
EXPORT_FLUSH_BYTES = 64 * 1024  # one streamed chunk: large enough to be cheap, small enough to stay constant
_CSV_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def history_list(*, user_id: int, filters: HistoryFilters, page: int, per_page: int) -> Page[ResumeHistory]:
    """Return page ``page`` of the user's analyses; a page past the end is empty but keeps the true totals."""
    rows, total = selectors.history_page_with_total(
        user_id=user_id, filters=filters, offset=(page - 1) * per_page, limit=per_page
    )
    if total is None:
        # An empty first page means nothing matches; only a page past the end needs the count on its own.
        total = 0 if page == 1 else selectors.history_count(user_id=user_id, filters=filters)
    return Page.build(items=rows, total_items=total, page=page, per_page=per_page)


def history_detail(*, user_id: int, history_id: int) -> ResumeHistory:
    """Return the user's analysis; raise NotFound when it does not exist or belongs to someone else."""
    history = selectors.history_get(user_id=user_id, history_id=history_id)
    if history is None:
        raise NotFound(msg.ANALYSIS_NOT_FOUND)
    return history


def history_delete(*, user_id: int, history_id: int) -> None:
    """Delete the user's analysis, cancelling it first when it is still running; raise NotFound otherwise."""
    history = history_detail(user_id=user_id, history_id=history_id)
    if history.status == ResumeHistory.Status.RUNNING:
        # Imported here: the streaming side owns this module and the history API must not load it eagerly.
        from apis.resumehistory.analysis_services import analysis_request_cancel

        analysis_request_cancel(analysis_id=history.pk, user_id=user_id)
        logger.info("history %s: running analysis cancelled before delete", history.pk)
    if not selectors.history_delete(user_id=user_id, history_id=history_id):
        raise NotFound(msg.ANALYSIS_NOT_FOUND)
    logger.info("history %s deleted by user %s", history_id, user_id)


def _iso(value: datetime | None) -> str | None:
    """Return the ISO 8601 form the REST API uses (UTC as ``Z``)."""
    if value is None:
        return None
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


class _Line:
    """A file-like target for ``csv.writer`` that hands back each written line."""

    def write(self, text: str) -> str:
        return text


def _csv_cell(value: Any) -> Any:
    """Return a CSV cell; text a spreadsheet would run as a formula gets a leading quote."""
    if isinstance(value, str) and value.startswith(_CSV_FORMULA_PREFIXES):
        return "'" + value
    return value


class _CsvEncoder:
    def __init__(self) -> None:
        self._writer = csv.writer(_Line())

    def start(self) -> str:
        return self._writer.writerow(EXPORT_FIELDS)

    def row(self, row: dict[str, Any], *, first: bool) -> str:
        values = {
            **row,
            "created_at": _iso(row["created_at"]),
            "finished_at": _iso(row["finished_at"]),
            "ai_analysis": ""
            if row["ai_analysis"] is None
            else json.dumps(row["ai_analysis"], ensure_ascii=False),
        }
        return self._writer.writerow([_csv_cell(values[name]) for name in EXPORT_FIELDS])

    def end(self) -> str:
        return ""


class _JsonEncoder:
    """One JSON array, written one element at a time."""

    def start(self) -> str:
        return "["

    def row(self, row: dict[str, Any], *, first: bool) -> str:
        values = {**row, "created_at": _iso(row["created_at"]), "finished_at": _iso(row["finished_at"])}
        return ("\n" if first else ",\n") + json.dumps(values, ensure_ascii=False)

    def end(self) -> str:
        return "\n]\n"


class _Chunker:
    """Join encoded pieces into chunks of about ``EXPORT_FLUSH_BYTES``."""

    def __init__(self) -> None:
        self._pieces: list[str] = []
        self._size = 0

    def add(self, piece: str) -> str | None:
        self._pieces.append(piece)
        self._size += len(piece)
        return self.flush() if self._size >= EXPORT_FLUSH_BYTES else None

    def flush(self) -> str:
        chunk = "".join(self._pieces)
        self._pieces, self._size = [], 0
        return chunk


@dataclass(frozen=True, kw_only=True)
class HistoryExport:
    """A streamed export: call ``sync_chunks`` under WSGI, ``async_chunks`` under ASGI."""

    user_id: int
    filters: HistoryFilters
    export_format: str
    chunk_size: int

    @property
    def content_type(self) -> str:
        return "text/csv; charset=utf-8" if self.export_format == "csv" else "application/json"

    @property
    def filename(self) -> str:
        return f"analyses-{timezone.now():%Y%m%d-%H%M%S}.{self.export_format}"

    def _encoder(self) -> _CsvEncoder | _JsonEncoder:
        return _CsvEncoder() if self.export_format == "csv" else _JsonEncoder()

    def sync_chunks(self) -> Iterator[str]:
        """Yield the export in chunks, reading rows ``chunk_size`` at a time (constant memory)."""
        rows = selectors.history_export_rows(
            user_id=self.user_id, filters=self.filters, chunk_size=self.chunk_size
        )
        yield from _encode(self._encoder(), rows)

    async def async_chunks(self) -> AsyncIterator[str]:
        """Yield the export in chunks from an async iterator, so an ASGI server does not buffer it whole."""
        encoder = self._encoder()
        chunker = _Chunker()
        chunker.add(encoder.start())
        first = True
        async for row in selectors.history_export_rows_async(
            user_id=self.user_id, filters=self.filters, chunk_size=self.chunk_size
        ):
            chunk = chunker.add(encoder.row(row, first=first))
            first = False
            if chunk is not None:
                yield chunk
        chunker.add(encoder.end())
        yield chunker.flush()


def _encode(encoder: _CsvEncoder | _JsonEncoder, rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    chunker = _Chunker()
    chunker.add(encoder.start())
    for index, row in enumerate(rows):
        chunk = chunker.add(encoder.row(row, first=index == 0))
        if chunk is not None:
            yield chunk
    chunker.add(encoder.end())
    yield chunker.flush()


def history_export(*, user_id: int, filters: HistoryFilters, export_format: str) -> HistoryExport:
    """Return the export of the user's analyses matching ``filters`` in ``export_format`` (csv or json)."""
    logger.info("history export (%s) started by user %s", export_format, user_id)
    return HistoryExport(
        user_id=user_id,
        filters=filters,
        export_format=export_format,
        chunk_size=settings.HISTORY_EXPORT_CHUNK_SIZE,
    )
