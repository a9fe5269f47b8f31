"""The dashboard as the place to work (issue 15 part 4), in Debian's Chromium against ./runapp.sh.

Live re-score while editing, the resumes × postings grid, saved resumes and postings, drafts that survive a
reload, history items loaded or re-run, registration that signs in, every validation error shown, the final
score named after a model's answer. Servers and browser come from conftest.py; screenshots go to
e2e-screenshots/ (1x-*.png).

The export downloads are covered in test_dashboard_export_browser.py; here only the links' addresses are checked.
"""

from pathlib import Path

import pytest

from resumeai_proj.tests.browser_support import (
    JOB_DESCRIPTION,
    SHORT_RESUME,
    SLOW_CHUNK_DELAY_S,
    Tab,
    analyze,
    expect,
    register_and_log_in,
    shown_analysis_id,
    skip_without_browser,
    wait_for_state,
    wait_until_streaming,
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


def chips(tab: Tab) -> list[str]:
    return tab.page.locator("#missing-keywords .chip").all_text_contents()


def score(tab: Tab) -> int:
    return int(tab.page.text_content("#score-value"))


def wait_for_rescore(tab: Tab) -> None:
    tab.page.wait_for_selector("#rescore-box[data-state=updated]")


def arm_rescore(tab: Tab) -> None:
    """Mark the re-score panel so that the next update can be waited for."""
    tab.page.evaluate("() => { document.getElementById('rescore-box').dataset.state = 'waiting'; }")


def type_at_end(tab: Tab, selector: str, text: str) -> None:
    tab.page.focus(selector)
    tab.page.keyboard.press("Control+End")
    tab.page.keyboard.type(text, delay=20)


def test_registering_with_long_names_signs_in_and_every_error_is_shown_in_words(local_server, new_tab):
    tab = new_tab(local_server)
    page = tab.page
    tab.open()
    expect(page.locator("#tagline")).to_have_text(
        "Scores how well your resume fits a job posting, names the missing keywords and rewrites your weakest line,"
        " live as you edit."
    )
    page.get_by_role("button", name="Create account", exact=True).click()
    expect(page.locator("#register-message li")).to_have_text(
        [
            "First name: This field is required.",
            "Last name: This field is required.",
            "Email: This field is required.",
            "Password: This field is required.",
        ]
    )
    page.get_by_label("First name").fill("R2D2")
    page.get_by_label("Last name").fill("van der Berg")
    page.fill("#register-email", "not-an-email")
    page.fill("#register-password", "Blue-Falcon-42")
    page.get_by_role("button", name="Create account", exact=True).click()
    expect(page.locator("#register-message li")).to_have_text(
        [
            "Email: Enter a valid email address.",
            "First name may contain letters, spaces, apostrophes and hyphens only.",
        ]
    )
    assert "first_name" not in page.text_content("#register-message")
    assert page.get_attribute("#register-email", "aria-invalid") == "true"
    assert page.get_attribute("#register-first-name", "aria-invalid") == "true"
    assert page.get_attribute("#register-last-name", "aria-invalid") is None
    tab.shot("10-register-errors")

    register_and_log_in(tab, "anna@example.com", first_name="Anna Maria Luisa", last_name="van der Berg")
    me = tab.context.request.get(f"{tab.base}/api/v1/users/me/").json()["data"]
    assert (me["first_name"], me["last_name"]) == ("Anna Maria Luisa", "van der Berg")
    assert [error for error in tab.errors if "status of 400" not in error] == []  # the refused registration


def test_editing_the_resume_rescores_it_live_and_shows_what_the_edit_changed(local_server, new_tab):
    tab = new_tab(local_server)
    page = tab.page
    register_and_log_in(tab, "live@example.com")
    page.get_by_label("Resume text").fill(SHORT_RESUME)
    analyze(tab, JOB_DESCRIPTION)
    wait_for_state(tab, "completed")
    before_score, before_chips = score(tab), chips(tab)
    assert "GraphQL" in before_chips and "Jest" in before_chips

    arm_rescore(tab)
    type_at_end(tab, "#resume-text", "\nSkills: GraphQL, Jest.")
    wait_for_rescore(tab)
    after_score, after_chips = score(tab), chips(tab)
    # The panel shows the engine's analysis of the edited text, and not a stored one.
    assert page.get_attribute("#analysis", "data-state") == "rescored"
    assert page.get_attribute("#analysis", "data-analysis-id") == ""
    assert page.get_attribute("#score-gauge", "aria-valuenow") == str(after_score)
    assert "GraphQL" not in after_chips and "Jest" not in after_chips
    closed = [term for term in before_chips if term not in after_chips]
    opened = [term for term in after_chips if term not in before_chips]
    expect(page.locator("#gaps-closed li")).to_have_text(closed)
    expect(page.locator("#gaps-opened li")).to_have_text(opened or ["None"])
    delta = after_score - before_score
    assert delta > 0
    expect(page.locator("#rescore-summary")).to_have_text(
        f"This edit: {before_score} → {after_score} (+{delta} {'point' if delta == 1 else 'points'})."
    )
    assert float(page.get_attribute("#rescore-box", "data-painted-ms")) >= 0  # the bench reads these figures
    tab.shot("11-live-rescore")

    # Undoing the edit opens the same gaps again; nothing of it is stored.
    arm_rescore(tab)
    page.get_by_label("Resume text").fill(SHORT_RESUME)
    wait_for_rescore(tab)
    assert (score(tab), chips(tab)) == (before_score, before_chips)
    expect(page.locator("#gaps-opened li")).to_have_text(closed)
    assert tab.context.request.get(f"{tab.base}/api/v1/resume/histories/").json()["data"]["total_items"] == 1
    assert tab.errors == []


def upload_text(tab: Tab, path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    tab.page.get_by_label("Upload a resume (PDF, DOCX or TXT)").set_input_files(str(path))
    tab.page.get_by_role("button", name="Upload", exact=True).click()
    expect(tab.page.locator("#upload-message")).to_have_text(f"{path.name}: text extracted.")


def save_posting(tab: Tab, text: str, *, title: str) -> None:
    tab.page.get_by_label("Job description", exact=True).fill(text)
    tab.page.get_by_role("button", name="Save posting", exact=True).click()
    expect(tab.page.locator("#library-message")).to_have_text(f"Posting “{title}” saved.")


def test_the_comparison_grid_fills_cell_by_cell_sorts_and_opens_a_pairs_full_analysis(
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
    comparison_id = page.get_attribute("#compare-grid", "data-comparison-id")
    stored = tab.context.request.get(f"{tab.base}/api/v1/comparisons/{comparison_id}/").json()["data"]
    shown = {
        (int(row), int(index)): int(value)
        for row, index, value in page.evaluate(
            """() => Array.from(document.querySelectorAll("#compare-body td"), (td) =>
                [td.closest("tr").dataset.resumeId, td.dataset.jobIndex, td.dataset.score])"""
        )
    }
    assert shown == {(cell["resume_id"], cell["job_index"]): cell["match_score"] for cell in stored["cells"]}
    expect(page.locator("#compare-message")).to_contain_text(
        f"Comparison #{comparison_id} complete: 4 pairs."
    )

    # Sort the resumes by the Python posting's column: best first, then worst first.
    header = page.locator("#compare-head th[data-job-index]", has_text="Python")
    column = int(header.get_attribute("data-job-index"))
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
    page.locator(
        f"#compare-body tr[data-resume-id='{backend_id}'] td[data-job-index='{column}'] .cell"
    ).click()
    wait_for_state(tab, "completed")
    assert score(tab) == shown[(backend_id, column)]
    assert page.input_value("#resume-text") == BACKEND_RESUME
    assert page.input_value("#job-description") == BACKEND_JOB
    history = tab.context.request.get(f"{tab.base}/api/v1/resume/histories/").json()["data"]["data"]
    assert history[0]["match_score"] == shown[(backend_id, column)]
    assert history[0]["job_title"] == page.locator("#compare-head th", has_text="Python").text_content()
    assert tab.errors == []


def test_inputs_survive_a_reload_and_a_past_analysis_is_loaded_or_rerun(local_server, new_tab):
    tab = new_tab(local_server, width=375, height=812)
    page = tab.page
    register_and_log_in(tab, "drafts@example.com")
    page.get_by_label("Resume text").fill(SHORT_RESUME)
    page.get_by_label("Job description", exact=True).fill(JOB_DESCRIPTION)
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    assert (page.input_value("#resume-text"), page.input_value("#job-description")) == (
        SHORT_RESUME,
        JOB_DESCRIPTION,
    )
    assert SHORT_RESUME.split()[0] not in page.evaluate("() => document.cookie")

    # Starting an analysis brings the results into view (on a phone they sit below the form).
    page.get_by_role("button", name="Analyze", exact=True).click()
    page.wait_for_function(
        "() => { const top = document.getElementById('analysis').getBoundingClientRect().top;"
        " return top >= -1 && top < window.innerHeight / 2; }"
    )
    wait_for_state(tab, "completed")
    first_id, first_score = shown_analysis_id(tab), score(tab)
    expect(page.locator("#export-docx")).to_have_attribute(
        "href", f"/api/v1/resume/histories/{first_id}/export/?format=docx"
    )

    page.get_by_label("Resume text").fill("")
    page.get_by_label("Job description", exact=True).fill("")
    page.get_by_role("button", name=f"Load into the form the inputs of analysis {first_id}").click()
    expect(page.locator("#analyze-message")).to_have_text(
        f"The inputs of analysis #{first_id} are in the form: edit them, or press Analyze."
    )
    assert (page.input_value("#resume-text"), page.input_value("#job-description")) == (
        SHORT_RESUME,
        JOB_DESCRIPTION,
    )
    page.get_by_role("button", name=f"Re-run analysis {first_id}").click()
    page.wait_for_function(
        "(first) => { const id = document.getElementById('analysis').dataset.analysisId;"
        " return id !== '' && id !== first; }",
        arg=first_id,
    )
    wait_for_state(tab, "completed")
    assert shown_analysis_id(tab) != first_id and score(tab) == first_score
    expect(page.locator("#history-list li")).to_have_count(2)
    tab.shot("13-phone-rerun")

    page.get_by_role("button", name="Log out", exact=True).click()
    expect(page.locator("#login-message")).to_have_text("You are logged out.")
    assert page.evaluate("() => Object.keys(localStorage).filter((k) => k.startsWith('matchmetric.'))") == []
    assert tab.errors == []


def test_after_the_local_preview_the_page_says_which_score_is_final(gemini_server, fake_gemini, new_tab):
    from ai.google_genai.fake_server import Script

    tab = new_tab(gemini_server)
    page = tab.page
    register_and_log_in(tab, "final@example.com")
    page.get_by_label("Resume text").fill(SHORT_RESUME)
    fake_gemini.reset()
    fake_gemini.enqueue(Script(chunk_count=20, chunk_delay_s=SLOW_CHUNK_DELAY_S))
    analyze(tab, JOB_DESCRIPTION)
    wait_until_streaming(tab)
    note = page.locator("#preview-note")
    expect(note).to_have_attribute("data-kind", "preliminary")
    assert note.text_content().startswith("Preliminary (local engine): score ")
    assert note.text_content().endswith(
        "The final score is the one in the gauge once the model's answer below is complete."
    )
    wait_for_state(tab, "completed")
    expect(note).to_have_attribute("data-kind", "final")
    # The model is grounded in the local engine's score, so the preview was right; the page says so.
    expect(note).to_have_text(
        f"Final score: {score(tab)}/100, from gemini-flash-latest's answer. The preliminary local estimate agreed."
    )
    tab.shot("14-gemini-final-score")
    assert tab.errors == []
