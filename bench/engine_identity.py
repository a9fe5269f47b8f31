"""Fingerprint the local engine's whole output over many resume/posting pairs, to prove a change kept it.

Run from the repo root: ``.venv/bin/python bench/engine_identity.py --embeddings off --out /tmp/a.json``,
change the engine, run again into ``/tmp/b.json`` and compare with ``--compare /tmp/a.json /tmp/b.json``.
Pairs: every resume PDF in ../shared/eval/resume-pdfs against every posting in bench/data/jobs,
bench/data/labeller-b/jobs and the eval job-description PDFs; each posting pasted as a resume against
itself and the next posting; each resume with its missing keywords appended as a bare list. Every
analysis is cold (every cache cleared before it), as bench/engine_speed.py times them. The output maps
each pair to the SHA-256 of its result as JSON (score, missing_keywords, details, rewrites: everything);
``--dump`` also writes each result in full (JSON lines) for a diff.
"""

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DATA = REPO / "bench" / "data"


def _texts(*, eval_dir: Path, cache: Path | None) -> tuple[dict[str, str], dict[str, str]]:
    """Return (resumes, postings) by name; PDFs are converted once and kept in ``cache`` when given."""
    if cache is not None and cache.exists():
        stored = json.loads(cache.read_text(encoding="utf-8"))
        return stored["resumes"], stored["postings"]
    from pdf_extract import ExtractionLimits, extract_document

    limits = ExtractionLimits(timeout_s=60.0)

    def pdf(path: Path) -> str:
        return extract_document(path.read_bytes(), filename=path.name, limits=limits).text

    pdfs = eval_dir / "resume-pdfs"
    resumes = {p.stem: pdf(p) for p in sorted(pdfs.glob("*.pdf"))}
    postings = {f"pdf:{p.stem}": pdf(p) for p in sorted((pdfs / "job-descriptions").glob("*.pdf"))}
    for folder in (DATA / "jobs", DATA / "labeller-b" / "jobs"):
        for path in sorted(folder.glob("*.json")):
            posting = json.loads(path.read_text(encoding="utf-8"))
            postings[f"{folder.parent.name}:{path.stem}"] = posting["text"]
    if cache is not None:
        cache.write_text(json.dumps({"resumes": resumes, "postings": postings}), encoding="utf-8")
    return resumes, postings


def run(*, eval_dir: Path, embeddings: str, cache: Path | None, dump: Path | None) -> dict[str, str]:
    """Return the hash of the engine's result for every pair (see the module docstring)."""
    from ai.local_engine import analyze, clear_caches
    from ai.local_engine import embeddings as embedding_model

    embedding_model.configure(enabled=embeddings != "off", threads=1, cache_size=4096, kind="static")
    resumes, postings = _texts(eval_dir=eval_dir, cache=cache)
    names = sorted(postings)
    pairs = [(f"{r} x {j}", resumes[r], postings[j]) for j in names for r in sorted(resumes)]
    for number, j in enumerate(names):
        following = names[(number + 1) % len(names)]
        pairs += [(f"pasted {j} x {j}", postings[j], postings[j])]
        pairs += [(f"pasted {j} x {following}", postings[j], postings[following])]
    hashes: dict[str, str] = {}
    handle = dump.open("w", encoding="utf-8") if dump is not None else None
    try:
        for key, resume, job in pairs:
            clear_caches()
            result = analyze(resume_text=resume, job_description=job)
            hashes[key] = _record(key=key, result=result, handle=handle)
            if not key.startswith("pasted"):
                stuffed = resume + "\n" + ", ".join(result["missing_keywords"])
                clear_caches()
                result = analyze(resume_text=stuffed, job_description=job)
                hashes[f"stuffed {key}"] = _record(key=f"stuffed {key}", result=result, handle=handle)
    finally:
        if handle is not None:
            handle.close()
    return hashes


def _record(*, key: str, result: dict, handle: object) -> str:
    encoded = json.dumps(result, ensure_ascii=False, sort_keys=True)
    if handle is not None:
        handle.write(json.dumps({"pair": key, "result": result}, ensure_ascii=False, sort_keys=True) + "\n")
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def compare(*, before: Path, after: Path) -> int:
    """Print how many pairs differ between two hash files; return the number that differ."""
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    differing = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    for key in differing[:20]:
        print(f"differs: {key}")
    print(f"{len(old)} pairs before, {len(new)} after, {len(differing)} differ")
    return len(differing)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    parser.add_argument("--embeddings", choices=("static", "off"), default="static")
    parser.add_argument("--texts", type=Path, help="keep the converted PDF texts in this JSON file")
    parser.add_argument("--out", type=Path, help="write the hash of every pair here (JSON)")
    parser.add_argument("--dump", type=Path, help="write every result in full here (JSON lines)")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        sys.exit(1 if compare(before=args.compare[0], after=args.compare[1]) else 0)
    started = time.perf_counter()
    hashes = run(eval_dir=args.eval_dir, embeddings=args.embeddings, cache=args.texts, dump=args.dump)
    if args.out is not None:
        args.out.write_text(json.dumps(hashes, indent=0, sort_keys=True), encoding="utf-8")
    digest = hashlib.sha256(json.dumps(hashes, sort_keys=True).encode("utf-8")).hexdigest()
    print(f"{len(hashes)} pairs, embeddings {args.embeddings}, {time.perf_counter() - started:.0f} s")
    print(f"digest of all results: {digest}")


if __name__ == "__main__":
    main()
