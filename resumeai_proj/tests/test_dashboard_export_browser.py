"""The tailored-resume export from the dashboard (issue 15 parts 3-4), in Debian's Chromium against ./runapp.sh.

Run an analysis, accept one suggested rewrite, reword another, download every format with the export buttons
and read each file back (python-docx, pypdf, json): the accepted rewrites are in, the replaced sentences are
out, and nothing the resume or the user's edit lacks is named. Screenshot: e2e-screenshots/20-export.png.
"""

import json
from pathlib import Path

import pytest

from apis.tailoring.tests.support import (
    FORMATS,
    JOB,
    PLACEHOLDER_MARK,
    RESUME,
    exported_text,
    unsupported_tokens,
)
from resumeai_proj.tests.browser_support import (
    Tab,
    analyze,
    expect,
    register_and_log_in,
    shown_analysis_id,
    skip_without_browser,
    wait_for_state,
)

pytestmark = pytest.mark.e2e

skip_without_browser()

MANAGING = "Responsible for managing the settlement service in Python."
MANAGED = "Managed the settlement service in Python."
BILLING = "Worked on the billing API for partner banks."
QA = "Helped the QA team with automated regression tests."
EDIT = "Ran the billing API for 12 partner banks at 99.9% uptime."


def rewrite_item(tab: Tab, sentence: str):
    return tab.page.locator("#rewrite-list li", has=tab.page.locator("p.sentence", has_text=sentence))


def analyzed(tab: Tab, email: str) -> str:
    """Register, analyze the sample resume with the local engine; return the analysis id once its rewrites show."""
    register_and_log_in(tab, email)
    tab.page.get_by_label("Resume text").fill(RESUME)
    analyze(tab, JOB)
    wait_for_state(tab, "completed")
    analysis_id = shown_analysis_id(tab)
    tab.page.wait_for_selector(f"#export-box[data-loaded='{analysis_id}']")
    return analysis_id


def download(tab: Tab, label: str) -> tuple[str, bytes]:
    with tab.page.expect_download() as info:
        tab.page.get_by_role("link", name=label, exact=True).click()
    download = info.value
    return download.suggested_filename, Path(download.path()).read_bytes()


def test_accepted_and_edited_rewrites_reach_every_downloaded_format_and_nothing_else_changes(
    local_server, new_tab
):
    tab = new_tab(local_server)
    page = tab.page
    analysis_id = analyzed(tab, "export@example.com")
    expect(page.locator("#rewrite-list p.sentence")).to_have_text([MANAGING, BILLING, QA])
    expect(page.locator("#rewrite-list input[type=checkbox]:checked")).to_have_count(0)

    rewrite_item(tab, MANAGING).get_by_role("checkbox").check()
    rewrite_item(tab, BILLING).get_by_role("textbox").fill(EDIT)  # rewording ticks it
    expect(rewrite_item(tab, BILLING).get_by_role("checkbox")).to_be_checked()

    labels = {"docx": "DOCX", "md": "Markdown", "json": "JSON Resume", "pdf": "PDF"}
    for export_format in FORMATS:
        name, content = download(tab, labels[export_format])
        assert name == f"jana-novakova-resume-{analysis_id}.{export_format}"
        expect(page.locator("#export-message")).to_have_text(f"{name} downloaded, with 2 rewrites.")
        flat = " ".join(exported_text(export_format=export_format, content=content).split())
        assert MANAGED in flat and EDIT in flat, export_format
        assert MANAGING not in flat and BILLING not in flat, export_format
        assert QA in flat and PLACEHOLDER_MARK not in flat, export_format
        assert unsupported_tokens(text=flat, sources=[RESUME, EDIT], openers={"managed"}) == [], export_format
        if export_format == "json":
            assert json.loads(content)["basics"]["name"] == "Jana Nováková"

    # What the page saved is what the API holds, and a reopened analysis shows it ticked.
    stored = tab.context.request.get(f"{tab.base}/api/v1/resume/histories/{analysis_id}/rewrites/").json()
    assert stored["data"]["accepted"] == [
        {"sentence": MANAGING, "replacement": MANAGED, "source": "suggestion"},
        {"sentence": BILLING, "replacement": EDIT, "source": "edit"},
    ]
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    page.get_by_role("button", name=f"Open analysis {analysis_id}").click()
    page.wait_for_selector(f"#export-box[data-loaded='{analysis_id}']")
    expect(page.locator("#rewrite-list input[type=checkbox]:checked")).to_have_count(2)
    expect(rewrite_item(tab, BILLING).get_by_role("textbox")).to_have_value(EDIT)
    tab.shot("20-export")
    assert tab.errors == []


def test_a_rewrite_the_server_refuses_is_shown_in_words_and_nothing_is_downloaded(local_server, new_tab):
    tab = new_tab(local_server)
    page = tab.page
    analysis_id = analyzed(tab, "export-refused@example.com")
    downloads: list[str] = []
    page.on("download", lambda download: downloads.append(download.suggested_filename))

    field = rewrite_item(tab, QA).get_by_role("textbox")
    field.fill("Supported the QA team with [add a figure] regression tests.")
    page.get_by_role("link", name="Markdown", exact=True).click()

    expect(page.locator("#export-message")).to_contain_text("The rewrites were not saved: ")
    expect(field).to_have_attribute("aria-invalid", "true")
    stored = tab.context.request.get(f"{tab.base}/api/v1/resume/histories/{analysis_id}/rewrites/").json()
    assert stored["data"]["accepted"] == []
    # Untick it and the download goes through, the resume as written.
    rewrite_item(tab, QA).get_by_role("checkbox").uncheck()
    name, content = download(tab, "Markdown")
    assert QA in content.decode("utf-8")
    expect(page.locator("#export-message")).to_have_text(
        f"{name} downloaded, as written (no rewrite ticked)."
    )
    assert downloads == [name]
    assert [error for error in tab.errors if "status of 400" not in error] == []  # the refused PUT
