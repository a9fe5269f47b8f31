"""``manage.py analyze``: stream an analysis of a resume file against a job description to the terminal."""

import asyncio
import json
import sys
import textwrap
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from ai.base import AnalysisEngine, AnalysisInput
from ai.engines import ENGINE_NAMES
from ai.errors import EngineError
from ai.json_stream import JsonFieldStream
from ai.text_normalize import normalize_text
from apis.resumehistory.engine_services import configured_engine
from apis.resumehistory.grounding_services import (
    GROUNDED_ENGINES,
    analysis_input_ground,
    analysis_output_validate,
    local_analysis_run,
)
from apis.resumehistory.resume_services import upload_limits
from pdf_extract import ExtractionError, extract_document

FIELD_TITLES = {
    "match_score": "Match score",
    "missing_keywords": "Missing keywords",
    "sentence_to_improve": "Sentence to improve",
    "recommended_improvement": "Recommended improvement",
    "reasoning": "Reasoning",
}


def _read_document(path_text: str, *, what: str) -> str:
    path = Path(path_text)
    if not path.is_file():
        raise CommandError(f"{what} file not found: {path_text}")
    data = path.read_bytes()
    try:  # the upload's limits, all of them (size, pages, time, memory), from settings
        return extract_document(data, filename=path.name, limits=upload_limits()).text
    except ExtractionError as exc:
        raise CommandError(f"{what} {path.name}: {exc.message}") from None


def _check_length(text: str, *, what: str, limit: int) -> str:
    text = normalize_text(text=text)
    if not text:
        raise CommandError(f"{what} is empty")
    if len(text) > limit:
        raise CommandError(f"{what} is {len(text)} characters; the limit is {limit}")
    return text


def _readable(field: str, value: Any) -> str:
    title = FIELD_TITLES.get(field, field)
    if field == "match_score":
        return f"{title}: {value}/100"
    if isinstance(value, list):
        items = "\n".join(f"  - {item}" for item in value) or "  (none)"
        return f"{title}:\n{items}"
    return f"{title}:\n{textwrap.indent(str(value), '  ')}"


class Command(BaseCommand):
    help = "Analyse a resume (.pdf, .docx or .txt) against a job description and stream the result."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--resume", required=True, help="resume file: PDF, DOCX or text")
        parser.add_argument(
            "--job", required=True, help="job description file (PDF, DOCX or text), or - for stdin"
        )
        parser.add_argument("--engine", choices=ENGINE_NAMES, help="default: the configured AI_ENGINE")
        parser.add_argument("--json", action="store_true", help="print only the final result as JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        resume_text = _check_length(
            _read_document(options["resume"], what="resume"), what="resume", limit=settings.MAX_RESUME_CHARS
        )
        job_raw = (
            sys.stdin.read()
            if options["job"] == "-"
            else _read_document(options["job"], what="job description")
        )
        job_description = _check_length(
            job_raw, what="job description", limit=settings.MAX_JOB_DESCRIPTION_CHARS
        )
        try:
            engine = configured_engine(name=options["engine"])
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        analysis_input = AnalysisInput(resume_text=resume_text, job_description=job_description)
        if engine.name in GROUNDED_ENGINES:
            analysis_input = analysis_input_ground(
                analysis_input=analysis_input, local=local_analysis_run(analysis_input=analysis_input)
            )
        try:
            result = asyncio.run(self._stream(engine, analysis_input, quiet=options["json"]))
        except EngineError as exc:
            raise CommandError(f"analysis failed ({exc.code}): {exc.message}") from None
        if options["json"]:
            self.stdout.write(json.dumps(result, indent=2, ensure_ascii=False))

    async def _stream(self, engine: AnalysisEngine, analysis_input: AnalysisInput, *, quiet: bool) -> dict:
        if not quiet:
            self.stdout.write(f"Analysing with {engine.name} ({engine.model})\n")
        fields = JsonFieldStream()
        pieces: list[str] = []
        async for chunk in engine.stream(analysis_input):
            pieces.append(chunk.text)
            for field, value in fields.feed(chunk.text):
                if not quiet and field in FIELD_TITLES:
                    self.stdout.write(_readable(field, value) + "\n")
        return analysis_output_validate(
            text="".join(pieces), analysis_input=analysis_input, from_model=engine.name != "local"
        )
