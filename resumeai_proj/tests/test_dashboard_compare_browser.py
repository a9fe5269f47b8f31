"""The dashboard's resumes × postings comparison (issue 15 part 4), in Debian's Chromium against ./runapp.sh.

Saved postings go as ``job_ids`` (cells keyed by job id), a posting pasted in the form makes the grid go as
texts (``job_descriptions``), and a comparison the page was following when it reloaded is re-attached.
Screenshots: e2e-screenshots/12-comparison-grid.png, 14-comparison-reattached.png.
"""

import json
from pathlib import Path

import pytest

from resumeai_proj.tests.browser_support import (
    JOB_DESCRIPTION,
    Tab,
    expect,
    register_and_log_in,
    shown_score,
    skip_without_browser,
    wait_for_state,
)

pytestmark = pytest.mark.e2e

skip_without_browser()

FRONTEND_RESUME = (
    "Grace Hopper\nFront-end developer.\nBuilt accessible web apps with React, TypeScript and GraphQL for 6 years.\n"
    "Wrote unit tests with Jest and end-to-end tests with Cypress, and mentored two junior developers.\n"
    "BSc in Computer Science."
)
BACKEND_RESUME = (
    "Alan Turing\nBackend developer.\nBuilt REST APIs in Python and Django with PostgreSQL for 7 years.\n"
    "Deployed services on Docker and Kubernetes with Terraform, and kept them running with on-call rotations.\n"
    "MSc in Mathematics."
)
BACKEND_JOB = (
    "Senior Python Developer.\nBuild REST APIs with Python and Django on PostgreSQL.\n"
    "Experience with Docker, Kubernetes and Terraform is required. 5+ years of experience."
)
RUNNING_KEY = "matchmetric.runningComparison"
# Records what the page stores about the comparison it follows (read back to simulate a reload mid-run).
RECORD_RUNNING_KEY = """
    window.__runningComparison = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
        if (key === "matchmetric.runningComparison") window.__runningComparison.push(value);
        return setItem.call(this, key, value);
    };
"""


def upload_text(tab: Tab, path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    tab.page.get_by_label("Upload a resume (PDF, DOCX or TXT)").set_input_files(str(path))
    tab.page.get_by_role("button", name="Upload", exact=True).click()
    expect(tab.page.locator("#upload-message")).to_have_text(f"{path.name}: text extracted.")


def save_posting(tab: Tab, text: str, *, title: str) -> None:
    tab.page.get_by_label("Job description", exact=True).fill(text)
    tab.page.get_by_role("button", name="Save posting", exact=True).click()
    expect(tab.page.locator("#library-message")).to_have_text(f"Posting “{title}” saved.")


def stored_comparison(tab: Tab) -> dict:
    comparison_id = tab.page.get_attribute("#compare-grid", "data-comparison-id")
    return tab.context.request.get(f"{tab.base}/api/v1/comparisons/{comparison_id}/").json()["data"]


def shown_cells(tab: Tab) -> dict[tuple[int, str], int]:
    """Return {(resume id, column key): score} as the grid shows it."""
    cells = tab.page.evaluate(
        """() => Array.from(document.querySelectorAll("#compare-body td"), (td) =>
            [td.closest("tr").dataset.resumeId, td.dataset.column, td.dataset.score])"""
    )
    return {(int(row), column): int(value) for row, column, value in cells}


def stored_cells(stored: dict) -> dict[tuple[int, str], int]:
    """Return the stored comparison's cells keyed as the grid keys them (job id when the grid used job_ids)."""
    keys = {
        job["job_index"]: f"job-{job['job_id']}" if "job_id" in job else f"text-{job['job_index']}"
        for job in stored["jobs"]
    }
    return {(cell["resume_id"], keys[cell["job_index"]]): cell["match_score"] for cell in stored["cells"]}


def test_saved_postings_are_compared_by_job_id_cell_by_cell_sorted_and_a_cell_opens_the_pair(
    local_server, new_tab, tmp_path
):
    tab = new_tab(local_server)
    page = tab.page
    register_and_log_in(tab, "grid@example.com")
    upload_text(tab, tmp_path / "frontend.txt", FRONTEND_RESUME)
    upload_text(tab, tmp_path / "backend.txt", BACKEND_RESUME)
    save_posting(tab, JOB_DESCRIPTION, title="Senior Front-End Engineer.")
    save_posting(tab, BACKEND_JOB, title="Senior Python Developer.")
    # Saved items are offered in the form and in the comparison's pickers, newest first.
    expect(page.locator("#saved-resume option")).to_have_text(
        ["Choose a saved resume…", "backend.txt", "frontend.txt"]
    )
    expect(page.locator("#compare-resumes label")).to_have_text(["backend.txt", "frontend.txt"])
    expect(page.locator("#compare-jobs label")).to_have_text(
        ["Senior Python Developer.", "Senior Front-End Engineer."]
    )
    for box in page.locator("#compare-resumes, #compare-jobs").get_by_role("checkbox").all():
        box.check()
    saved_jobs = tab.context.request.get(f"{tab.base}/api/v1/jobs/").json()["data"]["data"]

    page.evaluate(
        """() => {
            window.__filled = [];
            const body = document.getElementById("compare-body");
            new MutationObserver(() => {
                const filled = body.querySelectorAll("td .cell").length;
                if (filled && window.__filled[window.__filled.length - 1] !== filled) window.__filled.push(filled);
            }).observe(body, { childList: true, subtree: true });
        }"""
    )
    page.get_by_role("button", name="Compare", exact=True).click()
    page.wait_for_selector("#compare-grid[data-state=completed]")
    # One cell per frame, each shown as it arrived.
    assert page.evaluate("() => window.__filled") == [1, 2, 3, 4]
    stored = stored_comparison(tab)
    # The postings went by id: the stored grid names them, in the order picked, and the cells are keyed by them.
    assert [job["job_id"] for job in stored["jobs"]] == [job["id"] for job in saved_jobs]
    shown = shown_cells(tab)
    assert shown == stored_cells(stored)
    expect(page.locator("#compare-message")).to_contain_text(f"Comparison #{stored['id']} complete: 4 pairs.")

    # Sort the resumes by the Python posting's column: best first, then worst first.
    header = page.locator("#compare-head th[data-job-id]", has_text="Python")
    column = header.get_attribute("data-column")
    assert column == f"job-{header.get_attribute('data-job-id')}"
    backend_id = int(page.locator("#compare-body tr", has_text="backend.txt").get_attribute("data-resume-id"))
    frontend_id = int(
        page.locator("#compare-body tr", has_text="frontend.txt").get_attribute("data-resume-id")
    )
    assert shown[(backend_id, column)] > shown[(frontend_id, column)]
    rows = page.locator("#compare-body tr th")
    header.get_by_role("button").click()
    expect(header).to_have_attribute("aria-sort", "descending")
    expect(rows).to_have_text(["backend.txt", "frontend.txt"])
    header.get_by_role("button").click()
    expect(header).to_have_attribute("aria-sort", "ascending")
    expect(rows).to_have_text(["frontend.txt", "backend.txt"])
    tab.shot("12-comparison-grid")

    # A cell opens the full analysis of its pair, started from the saved resume and posting.
    page.locator(f"#compare-body tr[data-resume-id='{backend_id}'] td[data-column='{column}'] .cell").click()
    wait_for_state(tab, "completed")
    assert shown_score(tab) == shown[(backend_id, column)]
    assert page.input_value("#resume-text") == BACKEND_RESUME
    assert page.input_value("#job-description") == BACKEND_JOB
    history = tab.context.request.get(f"{tab.base}/api/v1/resume/histories/").json()["data"]["data"]
    assert history[0]["match_score"] == shown[(backend_id, column)]
    assert history[0]["job_title"] == header.text_content()
    assert tab.errors == []


def test_a_pasted_posting_is_compared_as_text_and_a_reload_mid_run_reattaches_the_grid(
    local_server, new_tab, tmp_path
):
    tab = new_tab(local_server)
    page = tab.page
    page.add_init_script(RECORD_RUNNING_KEY)
    register_and_log_in(tab, "grid-pasted@example.com")
    upload_text(tab, tmp_path / "backend.txt", BACKEND_RESUME)
    save_posting(tab, JOB_DESCRIPTION, title="Senior Front-End Engineer.")
    page.get_by_label("Job description", exact=True).fill(BACKEND_JOB)  # pasted, not saved
    for box in page.locator("#compare-resumes, #compare-jobs").get_by_role("checkbox").all():
        box.check()
    page.get_by_label("Also the job description in the form (pasted, not saved)").check()

    page.get_by_role("button", name="Compare", exact=True).click()
    page.wait_for_selector("#compare-grid[data-state=completed]")
    stored = stored_comparison(tab)
    # A pasted posting makes the whole grid go as texts: no job ids, the texts in the order shown.
    assert [(job["job_index"], "job_id" in job, job["job_description"]) for job in stored["jobs"]] == [
        (0, False, JOB_DESCRIPTION),
        (1, False, BACKEND_JOB),
    ]
    expect(page.locator("#compare-head th[data-column]")).to_have_text(
        ["Senior Front-End Engineer.", "Pasted posting"]
    )
    shown = shown_cells(tab)
    assert shown == stored_cells(stored) and len(shown) == 2
    assert page.evaluate(f"() => sessionStorage.getItem('{RUNNING_KEY}')") is None

    # A reload while the comparison ran: the page finds what it stored then, and re-attaches to it. (The local
    # engine finishes a 1 × 2 grid before a reload could start, so the stored key is put back as it was.)
    recorded = page.evaluate("() => window.__runningComparison")
    assert len(recorded) == 1 and json.loads(recorded[0])["id"] == stored["id"]
    page.evaluate("([key, value]) => sessionStorage.setItem(key, value)", [RUNNING_KEY, recorded[0]])
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    page.wait_for_selector(f"#compare-grid[data-comparison-id='{stored['id']}'][data-state=completed]")
    assert shown_cells(tab) == shown
    expect(page.locator("#compare-message")).to_contain_text(f"Comparison #{stored['id']} complete: 2 pairs.")
    expect(page.locator("#compare-head th[data-column]")).to_have_text(
        ["Senior Front-End Engineer.", "Pasted posting"]
    )
    assert page.evaluate(f"() => sessionStorage.getItem('{RUNNING_KEY}')") is None
    tab.shot("14-comparison-reattached")

    # The re-attached grid's pasted column opens its pair like any other.
    page.locator("#compare-body td[data-column='text-1'] .cell").click()
    wait_for_state(tab, "completed")
    assert shown_score(tab) == shown[(int(stored["cells"][0]["resume_id"]), "text-1")]
    assert page.input_value("#job-description") == BACKEND_JOB
    assert tab.errors == []
