"""Extraction worker process: read jobs from stdin, write JSON replies to stdout, one at a time.

Replies are JSON, never pickle, so a worker subverted by a hostile file cannot run code in the server.
"""

import json
import logging
import os
import resource
import sys
from dataclasses import asdict
from typing import BinaryIO

from pdf_extract.core import extract_document
from pdf_extract.document import ExtractionLimits
from pdf_extract.errors import CorruptDocumentError, ExtractionError, ExtractionResourceLimitError
from pdf_extract.protocol import READY, frame, read_frame

# Headroom over the worker's own footprint, so a tiny memory_mb still lets the interpreter run.
_MIN_HEADROOM_BYTES = 32 * 1024 * 1024

logger = logging.getLogger(__name__)


def limit_address_space(*, megabytes: int | None) -> None:
    """Cap this process's address space at megabytes (at least its footprint plus headroom); None lifts it."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if megabytes is None:
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
        return
    with open("/proc/self/statm") as statm:
        current = int(statm.read().split()[0]) * resource.getpagesize()
    soft = max(megabytes * 1024 * 1024, current + _MIN_HEADROOM_BYTES)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def serve(*, requests: BinaryIO, replies: BinaryIO) -> None:
    """Answer jobs until requests closes; return after a memory failure so the pool starts a clean worker."""
    replies.write(frame(READY))
    replies.flush()
    while True:
        header, data = read_frame(requests), read_frame(requests)
        if header is None or data is None:
            return
        job = json.loads(header)
        limits = ExtractionLimits(**job["limits"])
        exhausted = False
        limit_address_space(megabytes=limits.memory_mb)
        try:
            reply = {"document": asdict(extract_document(data, filename=job["filename"], limits=limits))}
        except ExtractionError as error:
            reply = {"code": error.code, "message": error.message}
        except MemoryError:
            exhausted = True
            reply = {
                "code": ExtractionResourceLimitError.code,
                "message": ExtractionResourceLimitError.message,
            }
        except Exception as error:  # noqa: BLE001 - any other parser failure means the file is unreadable
            logger.warning("extraction worker %s failed: %s", os.getpid(), type(error).__name__)
            reply = {"code": CorruptDocumentError.code, "message": CorruptDocumentError.message}
        finally:
            limit_address_space(megabytes=None)
        replies.write(frame(json.dumps(reply).encode()))
        replies.flush()
        if exhausted:
            return


def main() -> None:
    """Serve on the original stdin/stdout; anything else printed goes to stderr so it cannot break frames."""
    requests = os.fdopen(os.dup(sys.stdin.fileno()), "rb")
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    # Point fd 1 at stderr too, so even C-level writes cannot land inside a reply frame.
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    logging.basicConfig(level=logging.WARNING, format="%(name)s %(levelname)s %(message)s")
    # pypdf warns about every recoverable quirk of real files; the pool reports what matters.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        serve(requests=requests, replies=replies)
    except BrokenPipeError:
        # The pool went away (server shutdown): there is nobody left to answer.
        return


if __name__ == "__main__":
    main()
