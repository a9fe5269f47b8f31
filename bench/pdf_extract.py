"""Benchmark pdf_extract on the eval resume PDFs against plain pypdf page.extract_text() in the same run.

Run by hand: .venv/bin/python bench/pdf_extract.py [--rounds N] [--show-diff GROUP]
"""

import argparse
import asyncio
import io
import itertools
import logging
import re
import statistics
import sys
import time
from pathlib import Path

import pypdf

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pdf_extract import (  # noqa: E402
    ExtractionError,
    ExtractionLimits,
    WorkerPool,
    extract_document,
    extract_document_isolated,
)
from pdf_extract.tests import builders  # noqa: E402

EVAL_DIR = ROOT.parent / "shared" / "eval" / "resume-pdfs"
GROUPS = ("rendercv-", "reactiveresume-", "resumematcher-tpl-")
# reactiveresume-sample-ditto.pdf is Reactive Resume's separate sample resume, not the shared content.
OUTSIDE_GROUPS = ("reactiveresume-sample-",)
# A glyph name pypdf could not map, e.g. "/four.pnum" or "/T.c2sc", left in the text.
GLYPH_NAME = re.compile(r"/[A-Za-z][A-Za-z0-9_]*\.[A-Za-z0-9_]+")
URL_OR_EMAIL = re.compile(r"@|://|www\.|/|\.(?:com|org|net|io|dev|me|edu|de|inc)\b", re.IGNORECASE)
URL_OR_DOI = re.compile(r"://|www\.|\b10\.\d{4,}/")
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def glyph_garbage(text: str) -> int:
    """Count glyph names left in text, ignoring URLs and DOIs (their paths can look alike)."""
    return sum(len(GLYPH_NAME.findall(token)) for token in text.split() if not URL_OR_DOI.search(token))


def glued_tokens(text: str) -> tuple[int, int]:
    """Return (tokens with more than 20 letters that are not URLs/emails, all tokens)."""
    tokens = text.split()
    glued = [t for t in tokens if sum(c.isalpha() for c in t) > 20 and not URL_OR_EMAIL.search(t)]
    return len(glued), len(tokens)


def word_set(text: str) -> set[str]:
    return set(WORD.findall(text.lower()))


def jaccard(first: set[str], second: set[str]) -> float:
    return len(first & second) / len(first | second) if first | second else 1.0


def plain_pypdf(data: bytes) -> tuple[str, int]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def measure(name: str, files: list[Path], extract, rounds: int) -> dict[str, object]:
    texts: dict[str, str] = {}
    per_page_ms: list[float] = []
    failures: list[str] = []
    for path in files:
        data = path.read_bytes()
        best = float("inf")
        for _ in range(rounds):
            started = time.perf_counter()
            try:
                text, pages = extract(data)
            except ExtractionError as error:
                failures.append(f"{path.name}: {error.code}")
                break
            best = min(best, (time.perf_counter() - started) * 1000 / max(pages, 1))
        else:
            texts[path.name] = text
            per_page_ms.append(best)
    garbage = sum(glyph_garbage(text) for text in texts.values())
    glued, tokens = map(sum, zip(*(glued_tokens(text) for text in texts.values()), strict=True))
    jaccards = {}
    for prefix in GROUPS:
        members = [
            word_set(text)
            for file_name, text in sorted(texts.items())
            if file_name.startswith(prefix) and not file_name.startswith(OUTSIDE_GROUPS)
        ]
        pairs = list(itertools.combinations(members, 2))
        jaccards[prefix] = min((jaccard(a, b) for a, b in pairs), default=float("nan"))
    quantiles = statistics.quantiles(per_page_ms, n=20) if len(per_page_ms) > 1 else [0.0] * 19
    return {
        "name": name,
        "extracted": len(texts),
        "failures": failures,
        "garbage": garbage,
        "glued": glued,
        "tokens": tokens,
        "jaccards": jaccards,
        "p50": statistics.median(per_page_ms),
        "p95": quantiles[18],
        "texts": texts,
    }


def ours(data: bytes) -> tuple[str, int]:
    document = extract_document(data)
    return document.text, document.pages


def isolated(pool: WorkerPool):
    """Return an extract function that goes through a warm worker pool (pipe + JSON round trip included)."""

    def extract(data: bytes) -> tuple[str, int]:
        document = asyncio.run(extract_document_isolated(data, pool=pool))
        return document.text, document.pages

    return extract


def hostile_cut_ms(pool: WorkerPool, rounds: int) -> list[float]:
    """Return how long the isolated path takes to reject each hostile file (default limits), in ms."""
    hostile = [
        builders.slow_pdf(pages=20, operations=9_000),
        builders.flate_bomb_pdf(megabytes=20),
        builders.flate_bomb_pdf(megabytes=40),
        builders.self_referencing_pages_pdf(),
        builders.deeply_nested_pdf(depth=50_000),
        builders.encrypted_pdf(),
    ]
    timings = []
    for data in hostile * rounds:
        started = time.perf_counter()
        try:
            asyncio.run(extract_document_isolated(data, pool=pool))
        except ExtractionError:
            timings.append((time.perf_counter() - started) * 1000)
        else:
            sys.exit("a hostile file was accepted")
    return timings


def report(result: dict[str, object], total: int) -> None:
    print(f"== {result['name']}")
    print(f"extracted            {result['extracted']}/{total}  {result['failures'] or ''}")
    print(f"glyph-name garbage   {result['garbage']}")
    rate = 100 * result["glued"] / max(result["tokens"], 1)
    print(f"glued tokens         {result['glued']}/{result['tokens']} = {rate:.3f}%")
    for prefix, value in result["jaccards"].items():
        print(f"min Jaccard {prefix:<20} {value:.3f}")
    print(f"ms/page p50 / p95    {result['p50']:.1f} / {result['p95']:.1f}")


def show_diff(texts: dict[str, str], prefix: str) -> None:
    sets = {
        name: word_set(text)
        for name, text in texts.items()
        if name.startswith(prefix) and not name.startswith(OUTSIDE_GROUPS)
    }
    common = set.intersection(*sets.values())
    for name, words in sorted(sets.items()):
        print(name, sorted(words - common)[:60])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds per file (best is kept)")
    parser.add_argument("--show-diff", help="print words outside the common set for a group prefix")
    args = parser.parse_args()
    files = sorted(EVAL_DIR.glob("*.pdf"))
    if not files:
        sys.exit(f"{EVAL_DIR} is absent")
    logging.disable(logging.CRITICAL)
    baseline = measure("plain pypdf page.extract_text()", files, plain_pypdf, args.rounds)
    result = measure("pdf_extract.extract_document()", files, ours, args.rounds)
    pool = WorkerPool()
    pool.warm_up()
    try:
        worker = measure(
            "pdf_extract.extract_document_isolated() (warm pool)", files, isolated(pool), args.rounds
        )
        cuts = hostile_cut_ms(pool, args.rounds)
    finally:
        pool.shutdown()
    report(baseline, len(files))
    report(result, len(files))
    report(worker, len(files))
    print(
        f"== ratio p50 ours/plain = {result['p50'] / baseline['p50']:.2f}x, p95 = "
        f"{result['p95'] / baseline['p95']:.2f}x; isolated/plain p50 = {worker['p50'] / baseline['p50']:.2f}x"
    )
    cut_p95 = statistics.quantiles(cuts, n=20)[18]
    cut_p50 = statistics.median(cuts)
    timeout = ExtractionLimits().timeout_s
    print(f"== hostile files via the worker ({len(cuts)} runs, timeout_s={timeout}): rejected in")
    print(f"   p50 {cut_p50:.0f} ms, p95 {cut_p95:.0f} ms, max {max(cuts):.0f} ms")
    if args.show_diff:
        show_diff(result["texts"], args.show_diff)


if __name__ == "__main__":
    main()
