"""``manage.py compare``: score N resume files against M job files with the local engine and rank them."""

import json
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from ai.local_engine.grid import CellResult, score_grid

# The analyze command's file reading and length checks, so both commands accept the same files.
from apis.resumehistory.management.commands.analyze import _check_length, _read_document

PROGRESS_WIDTH = 30


def _plain(text: str) -> str:
    return text  # the progress bar is not an error: no red


def _ranked(cells: list[CellResult], *, key: str) -> dict[int, list[CellResult]]:
    """Return the cells grouped by ``key`` (``resume_index`` or ``job_index``), best score first."""
    groups: dict[int, list[CellResult]] = {}
    for cell in cells:
        groups.setdefault(getattr(cell, key), []).append(cell)
    return {
        index: sorted(group, key=lambda cell: -cell.match_score) for index, group in sorted(groups.items())
    }


class Command(BaseCommand):
    help = "Score resumes against job descriptions (PDF, DOCX or text files) and rank both ways."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--resumes", nargs="+", required=True, metavar="FILE", help="resume files")
        parser.add_argument("--jobs", nargs="+", required=True, metavar="FILE", help="job description files")
        parser.add_argument("--json", action="store_true", help="print the cells and rankings as JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        resume_paths, job_paths = options["resumes"], options["jobs"]
        if len(resume_paths) > settings.COMPARE_MAX_RESUMES or len(job_paths) > settings.COMPARE_MAX_JOBS:
            raise CommandError(
                f"at most {settings.COMPARE_MAX_RESUMES} resumes and {settings.COMPARE_MAX_JOBS} jobs"
            )
        resumes = [self._text(path, what="resume", limit=settings.MAX_RESUME_CHARS) for path in resume_paths]
        jobs = [
            self._text(path, what="job description", limit=settings.MAX_JOB_DESCRIPTION_CHARS)
            for path in job_paths
        ]
        cells = self._score(resumes=resumes, jobs=jobs, progress=self.stderr.isatty() and not options["json"])
        resume_names = [Path(path).name for path in resume_paths]
        job_names = [Path(path).name for path in job_paths]
        if options["json"]:
            self.stdout.write(
                json.dumps(self._as_json(cells, resume_names, job_names), indent=2, ensure_ascii=False)
            )
        else:
            self._table(cells, resume_names, job_names)

    def _text(self, path: str, *, what: str, limit: int) -> str:
        return _check_length(_read_document(path, what=what), what=f"{what} {Path(path).name}", limit=limit)

    def _score(self, *, resumes: list[str], jobs: list[str], progress: bool) -> list[CellResult]:
        total = len(resumes) * len(jobs)
        cells = []
        for cell in score_grid(resumes=resumes, jobs=jobs):
            cells.append(cell)
            if progress:
                done = round(PROGRESS_WIDTH * len(cells) / total)
                bar = "#" * done + "-" * (PROGRESS_WIDTH - done)
                self.stderr.write(f"\r[{bar}] {len(cells)}/{total} pairs", style_func=_plain, ending="")
        if progress:
            self.stderr.write("", style_func=_plain)
        return cells

    def _as_json(self, cells: list[CellResult], resumes: list[str], jobs: list[str]) -> dict[str, Any]:
        return {
            "resumes": resumes,
            "jobs": jobs,
            "cells": [
                {
                    "resume": resumes[cell.resume_index],
                    "job": jobs[cell.job_index],
                    "match_score": cell.match_score,
                    "sub_scores": cell.sub_scores,
                    "top_gaps": cell.top_gaps,
                }
                for cell in cells
            ],
            "rankings": {
                "by_resume": [
                    {
                        "resume": resumes[index],
                        "jobs": [{"job": jobs[c.job_index], "match_score": c.match_score} for c in group],
                    }
                    for index, group in _ranked(cells, key="resume_index").items()
                ],
                "by_job": [
                    {
                        "job": jobs[index],
                        "resumes": [
                            {"resume": resumes[c.resume_index], "match_score": c.match_score} for c in group
                        ],
                    }
                    for index, group in _ranked(cells, key="job_index").items()
                ],
            },
        }

    def _table(self, cells: list[CellResult], resumes: list[str], jobs: list[str]) -> None:
        for index, group in _ranked(cells, key="job_index").items():
            self.stdout.write(f"Job {index + 1}: {jobs[index]}")
            for rank, cell in enumerate(group, start=1):
                gaps = ", ".join(cell.top_gaps) or "-"
                self.stdout.write(
                    f"  {rank:>2}. {cell.match_score:>3}  {resumes[cell.resume_index]}  (gaps: {gaps})"
                )
        self.stdout.write("Best job per resume:")
        for index, group in _ranked(cells, key="resume_index").items():
            best = group[0]
            self.stdout.write(f"  {resumes[index]}: {jobs[best.job_index]} ({best.match_score})")
