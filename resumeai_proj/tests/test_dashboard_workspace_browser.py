"""The dashboard as the place to work (issue 15 part 4), in Debian's Chromium against ./runapp.sh.

Live re-score while editing, drafts that survive a reload, history items loaded or re-run, registration that
signs in, every validation error shown, the final score named after a model's answer. Servers and browser come from conftest.py; screenshots go to
e2e-screenshots/ (1x-*.png).

The comparison grid is in test_dashboard_compare_browser.py, the export downloads in
test_dashboard_export_browser.py (here only the links' addresses are checked).
"""

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
    shown_score,
    skip_without_browser,
    wait_for_state,
    wait_until_streaming,
)

pytestmark = pytest.mark.e2e

skip_without_browser()


def chips(tab: Tab) -> list[str]:
    return tab.page.locator("#missing-keywords .chip").all_text_contents()


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
    before_score, before_chips = shown_score(tab), chips(tab)
    assert "GraphQL" in before_chips and "Jest" in before_chips

    arm_rescore(tab)
    type_at_end(tab, "#resume-text", "\nSkills: GraphQL, Jest.")
    wait_for_rescore(tab)
    after_score, after_chips = shown_score(tab), chips(tab)
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
    assert (shown_score(tab), chips(tab)) == (before_score, before_chips)
    expect(page.locator("#gaps-opened li")).to_have_text(closed)
    assert tab.context.request.get(f"{tab.base}/api/v1/resume/histories/").json()["data"]["total_items"] == 1
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
    first_id, first_score = shown_analysis_id(tab), shown_score(tab)
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
    assert shown_analysis_id(tab) != first_id and shown_score(tab) == first_score
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
        f"Final score: {shown_score(tab)}/100, from gemini-flash-latest's answer. The preliminary local estimate agreed."
    )
    tab.shot("14-gemini-final-score")
    assert tab.errors == []
