"""The dashboard in a real Chromium (Debian's /usr/bin/chromium driven by Playwright) against ./runapp.sh.

Each server is started the way the README says, with nothing configured but PORT, HOST and SQLITE_PATH (plus, for
the Gemini one, the key, the engine and the fake server's URL). Screenshots of the main states go to
e2e-screenshots/ (printed at the start). Servers, browser and steps: conftest.py and browser_support.py.
"""

import asyncio
import json
import re
import threading

import pytest

from resumeai_proj.tests.browser_support import (
    CHROMIUM,
    JOB_DESCRIPTION,
    SHORT_RESUME,
    SLOW_CHUNK_DELAY_S,
    XSS,
    analyze,
    delete_from_history,
    raw_analysis,
    register_and_log_in,
    search_history,
    shown_analysis,
    shown_analysis_id,
    start_slow_analysis,
    upload,
    wait_for_state,
    wait_until_streaming,
)

pytestmark = pytest.mark.e2e

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium", allow_module_level=True)
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed: pip install playwright"
)


# ---- a network that drops --------------------------------------------------------------------------------


class CuttingProxy:
    """A TCP proxy in front of a server that can cut every open connection at once, like a network drop."""

    def __init__(self, target: str) -> None:
        self.target_port = int(target.rsplit(":", 1)[1])
        self.port = 0
        self.loop = asyncio.new_event_loop()
        self.transports: set[asyncio.BaseTransport] = set()
        self.server: asyncio.Server | None = None
        self.thread = threading.Thread(target=self.loop.run_forever, name="cutting-proxy", daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "CuttingProxy":
        self.thread.start()
        self.server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._serve, "127.0.0.1", 0), self.loop
        ).result(5)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        self.transports |= {writer.transport, upstream_writer.transport}
        await asyncio.gather(self._pipe(reader, upstream_writer), self._pipe(upstream_reader, writer))

    @staticmethod
    async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.transport.abort()

    def cut(self) -> None:
        """Reset every open connection (new ones still get through)."""

        def abort_all() -> None:
            for transport in self.transports:
                transport.abort()
            self.transports.clear()

        self.loop.call_soon_threadsafe(abort_all)

    def stop(self) -> None:
        async def shutdown() -> None:
            self.server.close()
            for transport in self.transports:
                transport.abort()
            tasks = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(shutdown(), self.loop).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


# ---- scenarios ------------------------------------------------------------------------------------------


def test_a_person_uploads_a_real_pdf_sees_the_local_analysis_and_deletes_it_from_history(
    local_server, new_tab, resume_pdf
):
    tab = new_tab(local_server)
    page = tab.page
    tab.open()
    tab.shot("01-logged-out")
    register_and_log_in(tab, "local@example.com")
    upload(tab, resume_pdf)
    assert page.input_value("#resume-text").startswith("Barry Allen")
    sync_api.expect(page.locator("#resume-summary")).to_contain_text(
        "resumematcher-barry-allen-fe.pdf · PDF · 1 page"
    )
    assert page.locator("#ats-checks li").count() >= 5
    tab.shot("02-uploaded")

    analyze(tab, JOB_DESCRIPTION)
    wait_for_state(tab, "completed")
    streamed = raw_analysis(tab)
    shown = shown_analysis(tab)
    assert shown == {field: streamed[field] for field in shown}
    assert 0 <= shown["match_score"] <= 100
    assert page.get_attribute("#score-gauge", "aria-valuenow") == str(shown["match_score"])
    analysis_id = shown_analysis_id(tab)
    sync_api.expect(page.locator("#analysis-status")).to_have_text(
        f"Analysis #{analysis_id} complete: match score {shown['match_score']} out of 100, answered by local-v2."
    )
    # Each missing keyword explains itself with the job-description sentence behind it.
    details = {item["term"]: item for item in streamed["details"]["missing_keywords_detail"]}
    first_chip = page.locator("#missing-keywords .chip").first
    first_chip.focus()
    tooltip = page.locator(f"#{first_chip.get_attribute('aria-describedby')}")
    sync_api.expect(tooltip).to_be_visible()
    assert details[shown["missing_keywords"][0]]["job_description_sentence"] in tooltip.text_content()
    tab.shot("03-analysis-completed")

    row = page.locator(f"#history-list li[data-id='{analysis_id}']")
    sync_api.expect(row.locator(".history-score")).to_have_text(str(shown["match_score"]))
    sync_api.expect(row.locator(".history-title")).to_have_text(
        "Senior Front-End Engineer. You will build accessible web applications with React and Type…"
    )
    search_history(tab, "kubernetes")
    sync_api.expect(page.locator("#history-message")).to_have_text("1 analysis.")
    search_history(tab, "no such words")
    sync_api.expect(page.locator("#history-message")).to_have_text("No analyses match these filters.")
    sync_api.expect(row).to_have_count(0)
    search_history(tab, "")
    page.get_by_label("Job description", exact=True).fill("")
    row.get_by_role("button", name=f"Open analysis {analysis_id}").click()
    sync_api.expect(page.locator("#stored-job")).to_have_text(JOB_DESCRIPTION)
    assert shown_analysis(tab) == shown
    delete_from_history(tab, analysis_id)

    page.get_by_role("button", name="Log out", exact=True).click()
    sync_api.expect(page.locator("#login-message")).to_have_text("You are logged out.")
    assert page.is_visible("#auth-view") and not page.is_visible("#app-view")
    assert tab.errors == []


def _engine_score(fake_gemini) -> int:
    """Return the local engine's score Gemini was grounded in: the score every engine shows for the pair."""
    from ai.google_genai.prompt import read_user_message

    return json.loads(read_user_message(fake_gemini.requests[0].user_text)["engine_requirements"])[
        "engine_score"
    ]


def test_the_gemini_stream_shows_partial_text_before_the_model_has_finished(
    gemini_server, fake_gemini, new_tab, resume_pdf
):
    from ai.google_genai.fake_server import Script

    tab = new_tab(gemini_server)
    page = tab.page
    register_and_log_in(tab, "stream@example.com")
    upload(tab, resume_pdf)
    fake_gemini.reset()
    fake_gemini.enqueue(Script(chunk_count=25, chunk_delay_s=SLOW_CHUNK_DELAY_S))
    analyze(tab, JOB_DESCRIPTION)
    wait_until_streaming(tab)
    partial = page.text_content("#raw-output")
    sent = len(fake_gemini.requests[0].chunk_sent_at)
    assert sent < 25, "the whole answer had been sent before any of it was visible"
    tab.shot("04-streaming")

    wait_for_state(tab, "completed")
    streamed = page.text_content("#raw-output")
    assert streamed.startswith(partial) and len(streamed) > len(partial)
    assert shown_analysis(tab) == {field: value for field, value in json.loads(streamed).items()}
    assert shown_analysis(tab)["match_score"] == _engine_score(fake_gemini)
    delete_from_history(tab, shown_analysis_id(tab))
    assert tab.errors == []


def test_a_reload_mid_stream_reattaches_to_the_running_analysis(gemini_server, fake_gemini, new_tab):
    from ai.google_genai.fake_server import default_analysis

    tab = new_tab(gemini_server)
    page = tab.page
    analysis_id = start_slow_analysis(tab, fake_gemini, "reload@example.com")

    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    sync_api.expect(page.locator("#analysis")).to_have_attribute("data-analysis-id", analysis_id)
    wait_until_streaming(tab)
    assert len(fake_gemini.requests[0].chunk_sent_at) < 30, "the stream ended before it was re-attached"
    wait_for_state(tab, "completed")
    # Re-attached: the whole text once, in order: nothing lost, nothing repeated.
    assert len(fake_gemini.requests) == 1
    assert page.text_content("#raw-output") == json.dumps(default_analysis(fake_gemini.requests[0].user_text))
    assert shown_analysis(tab)["match_score"] == _engine_score(fake_gemini)
    assert tab.errors == []


def test_markup_in_the_resume_and_the_model_output_is_shown_as_text(gemini_server, fake_gemini, new_tab):
    from ai.google_genai.fake_server import Script, split_text

    answer = {
        "match_score": 41,
        "missing_keywords": ["GraphQL", "Kubernetes"],
        "sentence_to_improve": f"Built pages {XSS} with jQuery.",
        "recommended_improvement": "Built accessible pages with React and TypeScript.",
        "reasoning": f"The resume contains markup: {XSS} <script>window.__xss=2</script>",
    }
    fake_gemini.reset()
    fake_gemini.enqueue(Script(chunks=split_text(json.dumps(answer), 5)))
    tab = new_tab(gemini_server)
    page = tab.page
    register_and_log_in(tab, "xss@example.com")
    resume = f"Ada Lovelace\n{XSS}\nBuilt pages {XSS} with jQuery."
    page.get_by_label("Resume text").fill(resume)
    analyze(tab, f"{JOB_DESCRIPTION}\n{XSS}")
    wait_for_state(tab, "completed")
    from ai.output_schema import clean_string

    shown = shown_analysis(tab)
    prose = ("sentence_to_improve", "recommended_improvement", "reasoning")
    # A remote model's markup is removed before it is stored; what is left is shown as text.
    assert {field: shown[field] for field in prose} == {
        field: clean_string(answer[field], strip_markup=True) for field in prose
    }
    assert shown["match_score"] == _engine_score(fake_gemini)  # the model's 41 does not stand
    analysis_id = shown_analysis_id(tab)
    page.locator(f"#history-list li[data-id='{analysis_id}']").get_by_role(
        "button", name=f"Open analysis {analysis_id}", exact=True
    ).click()
    sync_api.expect(page.locator("#stored-resume")).to_have_text(resume)
    assert page.text_content("#reasoning") == clean_string(answer["reasoning"], strip_markup=True)
    assert page.locator("img, #analysis script").count() == 0
    assert page.evaluate("() => window.__xss") is None
    tab.shot("05-markup-as-text")
    assert tab.errors == []


def test_the_dashboard_is_usable_by_keyboard_on_a_375_px_wide_screen(local_server, new_tab):
    tab = new_tab(local_server, width=375, height=812)
    page = tab.page
    register_and_log_in(tab, "phone@example.com")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375
    page.get_by_label("Resume text").fill(
        "Ada Lovelace\nFront-end developer. Built web apps with React for 6 years."
    )
    page.get_by_label("Job description", exact=True).fill(JOB_DESCRIPTION)
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => { const el = document.activeElement; const style = getComputedStyle(el);"
        " return [el.id, style.outlineStyle, style.outlineWidth]; }"
    )
    assert focused == ["analyze-button", "solid", "3px"]
    page.keyboard.press("Enter")
    wait_for_state(tab, "completed")
    assert re.fullmatch(r"\d{1,3}", page.text_content("#score-value"))
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375
    tab.shot("06-phone-375px")
    assert tab.errors == []


def test_a_file_that_is_not_a_resume_is_refused_in_plain_words(local_server, new_tab, tmp_path):
    tab = new_tab(local_server)
    register_and_log_in(tab, "badfile@example.com")
    fake_pdf = tmp_path / "photo.pdf"
    fake_pdf.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    tab.page.get_by_label("Upload a resume (PDF, DOCX or TXT)").set_input_files(str(fake_pdf))
    tab.page.get_by_role("button", name="Upload", exact=True).click()
    message = tab.page.locator("#upload-message")
    sync_api.expect(message).to_have_attribute("data-tone", "error")
    assert message.text_content().startswith("Upload failed: ")
    assert tab.page.input_value("#resume-text") == ""
    # The refused upload's HTTP status is the only console entry.
    assert [error for error in tab.errors if "status of 4" not in error] == []


def test_a_running_analysis_is_cancelled_and_filed_under_cancelled(gemini_server, fake_gemini, new_tab):
    tab = new_tab(gemini_server)
    page = tab.page
    analysis_id = start_slow_analysis(tab, fake_gemini, "cancel@example.com")
    page.get_by_role("button", name="Cancel", exact=True).click()
    wait_for_state(tab, "cancelled")
    sync_api.expect(page.locator("#analysis-status")).to_have_text(f"Analysis #{analysis_id} was cancelled.")
    assert fake_gemini.wait_for(lambda requests: requests[0].client_closed_at is not None, timeout_s=2)
    assert len(fake_gemini.requests[0].chunk_sent_at) < 30
    sync_api.expect(page.get_by_role("button", name="Analyze", exact=True)).to_be_enabled()

    row = page.locator(f"#history-list li[data-id='{analysis_id}']")
    page.select_option("#history-status", "cancelled")
    sync_api.expect(row.locator(".badge")).to_have_text("Cancelled")
    page.select_option("#history-status", "completed")
    sync_api.expect(page.locator("#history-message")).to_have_text("No analyses yet.")
    assert tab.errors == []


def test_a_model_failure_is_shown_in_plain_words(gemini_server, fake_gemini, new_tab):
    from ai.google_genai.fake_server import Script

    tab = new_tab(gemini_server)
    page = tab.page
    register_and_log_in(tab, "failure@example.com")
    fake_gemini.reset()
    fake_gemini.enqueue(Script(chunks=['{"match_score": 250, ', '"missing_keywords": [], "reasoning": "?"}']))
    page.get_by_label("Resume text").fill(SHORT_RESUME)
    analyze(tab, JOB_DESCRIPTION)
    wait_for_state(tab, "failed")
    analysis_id = shown_analysis_id(tab)
    status = page.text_content("#analysis-status")
    assert status.startswith(f"Analysis #{analysis_id} failed: ") and "match_score" in status
    # Nothing of the invalid answer is shown as a result; the raw text stays for the curious.
    assert page.text_content("#score-value") == "–"
    assert page.text_content("#reasoning") == ""
    assert (
        page.text_content("#raw-output") == '{"match_score": 250, "missing_keywords": [], "reasoning": "?"}'
    )
    page.select_option("#history-status", "failed")
    sync_api.expect(page.locator(f"#history-list li[data-id='{analysis_id}'] .badge")).to_have_text("Failed")
    assert tab.errors == []


def test_a_lost_connection_reconnects_by_itself_and_the_analysis_goes_on(gemini_server, fake_gemini, new_tab):
    from ai.google_genai.fake_server import default_analysis

    proxy = CuttingProxy(gemini_server).start()
    try:
        tab = new_tab(proxy.base)
        page = tab.page
        start_slow_analysis(tab, fake_gemini, "reconnect@example.com")
        proxy.cut()
        sync_api.expect(page.locator("#connection-text")).to_have_text(
            re.compile(r"^Connection lost\. Reconnecting")
        )
        sync_api.expect(page.locator("#analysis-status")).to_have_text(
            "Connection lost. The analysis keeps running on the server; re-attaching…"
        )
        tab.shot("07-connection-lost")
        sync_api.expect(page.locator("#connection")).to_have_attribute("data-state", "open")
        assert len(fake_gemini.requests[0].chunk_sent_at) < 30, (
            "the stream ended before the connection came back"
        )
        wait_for_state(tab, "completed")
    finally:
        proxy.stop()
    # The same analysis went on (one model call) and every piece of it is shown once, in order.
    assert len(fake_gemini.requests) == 1
    assert page.text_content("#raw-output") == json.dumps(default_analysis(fake_gemini.requests[0].user_text))
    assert tab.errors == []


def test_the_page_reads_streamed_fields_and_word_changes_exactly(local_server, new_tab):
    tab = new_tab(local_server)
    tab.open()
    answer = {
        "match_score": 72,
        "missing_keywords": ["C#", 'say "hi"', "a}b]c"],
        "details": {"missing_keywords_detail": [{"term": "C#", "sentence": "Use C#, {or} [F#]."}]},
        "sentence_to_improve": "Worked on the site using jQuery.",
        "recommended_improvement": "Built the site with React, cutting load time 30%.",
        "reasoning": 'Escapes \\" and \\\\ and unicode \u00e9 survive.',
    }
    text = json.dumps(answer, indent=1)
    result = tab.page.evaluate(
        """async (text) => {
            const { FieldScanner } = await import("/static/dashboard/js/fields.js");
            const { wordDiff } = await import("/static/dashboard/js/diff.js");
            const splits = [];
            for (let cut = 0; cut <= text.length; cut += 1) {
                const scanner = new FieldScanner();
                const seen = [...scanner.push(text.slice(0, cut)), ...scanner.push(text.slice(cut))];
                splits.push(JSON.stringify(Object.fromEntries(seen)));
            }
            const diff = wordDiff("Worked on the site using jQuery.", "Built the site with React.");
            const changed = (parts) => parts.filter((p) => p.changed).map((p) => p.text);
            return { distinct: [...new Set(splits)], removed: changed(diff.before), added: changed(diff.after) };
        }""",
        text,
    )
    assert [json.loads(fields) for fields in result["distinct"]] == [answer]
    assert result["removed"] == ["Worked", "on", "using", "jQuery."]
    assert result["added"] == ["Built", "with", "React."]
    assert tab.errors == []


def test_the_history_pages_through_many_analyses_newest_first(local_server, new_tab):
    tab = new_tab(local_server)
    page = tab.page
    register_and_log_in(tab, "pages@example.com")
    # Eleven analyses through a second socket of the same session, one after the other.
    ids = page.evaluate(
        """async ({ count, resume, job }) => {
            const socket = new WebSocket(`ws://${location.host}/ws/resume-tailor/`);
            const frames = [];
            let wake = () => {};
            socket.onmessage = (event) => { frames.push(JSON.parse(event.data)); wake(); };
            const next = (type) => new Promise((resolve) => {
                const check = () => {
                    const index = frames.findIndex((frame) => frame.type === type);
                    if (index >= 0) resolve(frames.splice(index, 1)[0]);
                    else wake = check;
                };
                check();
            });
            await next("connected");
            const ids = [];
            for (let i = 0; i < count; i += 1) {
                socket.send(JSON.stringify({ action: "analyze", resume_text: resume, job_description: `${job} Role ${i}.` }));
                ids.push((await next("analysis.completed")).analysis_id);
            }
            socket.close();
            return ids;
        }""",
        {"count": 11, "resume": SHORT_RESUME, "job": JOB_DESCRIPTION},
    )
    search_history(tab, "")
    rows = page.locator("#history-list li")
    sync_api.expect(page.locator("#history-message")).to_have_text("11 analyses.")
    sync_api.expect(page.locator("#history-page")).to_have_text("Page 1 of 2")
    sync_api.expect(rows).to_have_count(10)
    assert [int(i) for i in rows.evaluate_all("items => items.map((item) => item.dataset.id)")] == ids[:0:-1]
    page.get_by_role("button", name="Next", exact=True).click()
    sync_api.expect(page.locator("#history-page")).to_have_text("Page 2 of 2")
    sync_api.expect(rows).to_have_count(1)
    assert rows.first.get_attribute("data-id") == str(ids[0])
    sync_api.expect(page.get_by_role("button", name="Next", exact=True)).to_be_disabled()
    page.get_by_role("button", name="Previous", exact=True).click()
    sync_api.expect(page.locator("#history-page")).to_have_text("Page 1 of 2")
    assert tab.errors == []


def test_a_past_analysis_can_be_opened_while_another_streams_on(gemini_server, fake_gemini, new_tab):
    from ai.google_genai.fake_server import Script

    tab = new_tab(gemini_server)
    page = tab.page
    register_and_log_in(tab, "twoviews@example.com")
    page.get_by_label("Resume text").fill(SHORT_RESUME)
    fake_gemini.reset()
    analyze(tab, JOB_DESCRIPTION)
    wait_for_state(tab, "completed")
    first_id = shown_analysis_id(tab)
    fake_gemini.enqueue(Script(chunk_count=30, chunk_delay_s=SLOW_CHUNK_DELAY_S))
    analyze(tab, f"{JOB_DESCRIPTION}\nBonus: Storybook.")
    wait_until_streaming(tab)
    running_id = shown_analysis_id(tab)

    page.get_by_role("button", name=f"Open analysis {first_id}", exact=True).click()
    sync_api.expect(page.locator("#analysis")).to_have_attribute("data-analysis-id", first_id)
    sync_api.expect(page.locator("#analyze-message")).to_have_text(
        f"Analysis #{running_id} keeps running: open it from the history to watch it."
    )
    page.select_option("#history-status", "running")
    page.get_by_role("button", name=f"Open analysis {running_id}", exact=True).click()
    sync_api.expect(page.locator("#analysis")).to_have_attribute("data-analysis-id", running_id)
    assert len(fake_gemini.requests[1].chunk_sent_at) < 30, "the stream ended while the other one was shown"
    wait_for_state(tab, "completed")
    # What streamed while the other analysis was on screen was kept: the whole text, once, in order.
    assert shown_analysis(tab) == json.loads(page.text_content("#raw-output"))
    assert tab.errors == []
