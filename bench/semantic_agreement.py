"""Calibrate the static embeddings' threshold against the embedding model's, and time both.

Run from the repo root: ``.venv/bin/python bench/semantic_agreement.py``. For responsibilities and soft
skills that no word matched, in postings the engine may be tuned on (bench/data "tune" postings and the
SkillSpan dev split) against real resumes from ../shared/eval/resume-pdfs, it computes each requirement's
closest resume sentence with the model (all-MiniLM-L6-v2 int8) and with the static table distilled from it,
and prints, for each static threshold, how often its decision agrees with the model's at the model's own
threshold. No label is read: the model's decisions are the reference. Also prints the time per encoded
sentence of both (the model is the baseline measured in the same run).
"""

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _cosines(*, encoder, queries: list[str], sentences: list[str]) -> list[float]:
    similarity = encoder.encode(queries) @ encoder.encode(sentences).T
    return [float(row.max()) for row in similarity]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    parser.add_argument("--postings", type=int, default=30, help="SkillSpan dev postings used")
    parser.add_argument("--resumes", type=int, default=12)
    args = parser.parse_args()

    from ai.local_engine import embeddings
    from ai.local_engine.evaluate import evaluate
    from ai.local_engine.evidence import SEMANTIC_KINDS
    from ai.local_engine.semantic import _own_sentences, _text
    from ai.local_engine.skillspan import load_postings
    from ai.local_engine.static_embeddings import load_static
    from pdf_extract import ExtractionLimits, extract_document

    model = embeddings._load(threads=1, cache_size=0)
    static = load_static(threshold=embeddings.STATIC_THRESHOLD)
    limits = ExtractionLimits(timeout_s=60.0)
    resume_paths = sorted((args.eval_dir / "resume-pdfs").glob("*.pdf"))[: args.resumes]
    resumes = [extract_document(p.read_bytes(), filename=p.name, limits=limits).text for p in resume_paths]
    jobs = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted((REPO / "bench" / "data" / "jobs").glob("*.json"))
    ]
    postings = [j["text"] for j in jobs if j.get("split") == "tune"]
    postings += [p.text for p in load_postings(eval_dir=args.eval_dir, split="dev")[: args.postings]]

    model_scores: list[float] = []
    static_scores: list[float] = []
    model_s = static_s = 0.0
    encoded = 0
    for posting in postings:
        for resume in resumes:
            evaluation = evaluate(resume_text=resume, job_description=posting, semantic=False)
            queries = [
                m.requirement.name
                for m in evaluation.matches
                if m.credit == 0 and m.requirement.kind in SEMANTIC_KINDS
            ]
            numbers = _own_sentences(view=evaluation.view, limit=model.max_sentences)
            if not queries or not numbers:
                continue
            sentences = [_text(evaluation.view.index.sentences[n].text) for n in numbers]
            started = time.perf_counter()
            model_scores += _cosines(encoder=model, queries=queries, sentences=sentences)
            model_s += time.perf_counter() - started
            started = time.perf_counter()
            static_scores += _cosines(encoder=static, queries=queries, sentences=sentences)
            static_s += time.perf_counter() - started
            encoded += len(queries) + len(sentences)
    wanted = [score >= embeddings.MODEL_THRESHOLD for score in model_scores]
    print(
        f"requirement x resume decisions: {len(wanted)} ({sum(wanted)} shown by the model at "
        f"{embeddings.MODEL_THRESHOLD})"
    )
    # Matches are rare, so plain agreement favours showing nothing: F1 against the model's decisions.
    print("static threshold  agreement     F1  shown  model-shown also shown  static-only")
    best = (0.0, 0.0)
    for step in range(30, 71, 2):
        threshold = step / 100
        mine = [score >= threshold for score in static_scores]
        agree = sum(a == b for a, b in zip(mine, wanted, strict=True)) / max(len(wanted), 1)
        both = sum(a and b for a, b in zip(mine, wanted, strict=True))
        only = sum(a and not b for a, b in zip(mine, wanted, strict=True))
        f1 = 2 * both / max(sum(mine) + sum(wanted), 1)
        best = max(best, (f1, threshold))
        print(
            f"{threshold:16.2f}  {agree:9.3f}  {f1:5.3f}  {sum(mine):5d}  "
            f"{both / max(sum(wanted), 1):22.3f}  {only:11d}"
        )
    print(f"best F1 {best[0]:.3f} at {best[1]:.2f} (configured: {embeddings.STATIC_THRESHOLD})")
    print(
        f"time per encoded text: model {1000 * model_s / max(encoded, 1):.3f} ms (baseline), "
        f"static {1000 * static_s / max(encoded, 1):.4f} ms, "
        f"ratio {model_s / max(static_s, 1e-9):.0f}x faster"
    )


if __name__ == "__main__":
    main()
