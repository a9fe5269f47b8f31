// Live re-score: after a pause in the edits, the local engine scores the texts over the open socket (nothing is
// stored); the panel shows the new score, chips and gaps, and what the edit changed.

import { byId, h } from "./dom.js";

const DEFAULT_DEBOUNCE_MS = 150;

function keywordsOf(analysis) {
  const list = analysis && Array.isArray(analysis.missing_keywords) ? analysis.missing_keywords : [];
  return list.filter((term) => typeof term === "string");
}

function signed(value) {
  return value > 0 ? `+${value}` : String(value);
}

/** Return {delta, closed, opened}: how `after` differs from `before` (both analyses; before may be null). */
export function rescoreDiff(before, after) {
  if (!before) return { delta: null, closed: [], opened: [] };
  const had = new Set(keywordsOf(before).map((term) => term.toLowerCase()));
  const has = new Set(keywordsOf(after).map((term) => term.toLowerCase()));
  return {
    delta: after.match_score - before.match_score,
    closed: keywordsOf(before).filter((term) => !has.has(term.toLowerCase())),
    opened: keywordsOf(after).filter((term) => !had.has(term.toLowerCase())),
  };
}

/**
 * Sends `rescore` frames while the person edits. `isBusy()` says an analysis owns the panel (no re-score then);
 * `values()` returns {resumeText, jobDescription}; `problem()` says why the texts cannot be sent (or null).
 */
export class LiveRescore {
  constructor({ view, socket, isBusy, inputs }) {
    this.view = view;
    this.socket = socket;
    this.isBusy = isBusy;
    this.inputs = inputs;
    this.toggle = byId("live-rescore");
    this.box = byId("rescore-box");
    this.summary = byId("rescore-summary");
    this.closed = byId("gaps-closed");
    this.opened = byId("gaps-opened");
    this.debounceMs = DEFAULT_DEBOUNCE_MS;
    this.timer = null;
    this.counter = 0;
    this.pending = null; // {id, sentAt, pausedAt}
    this.lastEditAt = 0;
    this.shown = null; // the analysis on screen, what the next edit is compared with
    this.toggle.addEventListener("change", () => {
      if (this.toggle.checked) this.edited();
      else this.stop();
    });
  }

  /** Use the server's debounce (`limits.rescore_debounce_ms`). */
  setLimits(limits) {
    const value = limits && limits.rescore_debounce_ms;
    this.debounceMs = Number.isFinite(value) && value >= 0 ? value : DEFAULT_DEBOUNCE_MS;
  }

  /** The texts changed: re-score once the edits pause. */
  edited() {
    this.lastEditAt = performance.now();
    clearTimeout(this.timer);
    if (!this.toggle.checked) return;
    this.timer = setTimeout(() => this.send(), this.debounceMs);
  }

  /** Stop: no re-score pending, nothing shown (logout, or the toggle turned off). */
  stop() {
    clearTimeout(this.timer);
    this.pending = null;
    this.box.hidden = true;
    this.box.dataset.state = "idle";
  }

  /** Forget what is on screen (logout). */
  reset() {
    this.stop();
    this.shown = null;
  }

  /** An analysis is on screen (finished or opened): the next edit's changes are counted from it. */
  setShown(analysis) {
    this.shown = analysis && Number.isInteger(analysis.match_score) ? analysis : null;
    this.box.hidden = true;
  }

  send() {
    this.timer = null;
    if (this.isBusy() || this.inputs.problem()) return;
    const { resumeText, jobDescription } = this.inputs.values();
    this.counter += 1;
    const id = `rescore-${this.counter}`;
    const frame = { action: "rescore", resume_text: resumeText, job_description: jobDescription, request_id: id };
    const sentAt = performance.now();
    if (!this.socket.send(frame)) return;
    this.pending = { id, sentAt, pausedAt: this.lastEditAt };
    this.box.dataset.state = "scoring";
  }

  /** Handle a `rescore.result` or `rescore.failed` frame; answers to older requests are dropped. */
  handle(frame) {
    const pending = this.pending;
    if (!pending || frame.request_id !== pending.id) return;
    this.pending = null;
    if (frame.type !== "rescore.result" || this.isBusy()) {
      this.box.dataset.state = "idle";
      if (frame.type === "rescore.failed") this.showMessage(frame.message || "The edit could not be re-scored.");
      return;
    }
    const analysis = frame.ai_analysis || {};
    const before = this.shown;
    this.view.reset({
      state: "rescored",
      message: `Live score of the text as edited: ${analysis.match_score} out of 100 (not saved; press Analyze to keep an analysis).`,
      jobDescription: this.inputs.values().jobDescription,
    });
    this.view.setAnalysis(analysis);
    this.shown = analysis;
    this.showDiff(rescoreDiff(before, analysis), analysis, before);
    const updatedAt = performance.now();
    // The figures the bench reads: request sent (pause detected) → panel updated, and last keystroke → updated;
    // "painted" waits for the next animation frame, when the browser draws the change.
    this.box.dataset.latencyMs = (updatedAt - pending.sentAt).toFixed(1);
    this.box.dataset.pauseLatencyMs = (updatedAt - pending.pausedAt).toFixed(1);
    this.box.dataset.engineMs = String(frame.engine_ms);
    requestAnimationFrame(() => {
      const paintedAt = performance.now();
      this.box.dataset.paintedMs = (paintedAt - pending.sentAt).toFixed(1);
      this.box.dataset.state = "updated";
    });
  }

  showMessage(message) {
    this.summary.textContent = message;
    this.closed.replaceChildren();
    this.opened.replaceChildren();
    this.box.hidden = false;
  }

  showDiff({ delta, closed, opened }, analysis, before) {
    const score = analysis.match_score;
    if (delta === null) {
      this.summary.textContent = `Live score: ${score}/100. Keep editing: each pause re-scores and shows what changed.`;
    } else {
      const change = delta === 0 ? "no change" : `${signed(delta)} ${Math.abs(delta) === 1 ? "point" : "points"}`;
      this.summary.textContent = `This edit: ${before.match_score} → ${score} (${change}).`;
    }
    this.box.dataset.delta = delta === null ? "" : String(delta);
    const chips = (terms, kind) =>
      terms.length
        ? terms.map((term) => h("li", { class: `gap gap-${kind}`, text: term }))
        : [h("li", { class: "chip-none", text: "None" })];
    this.closed.replaceChildren(...chips(closed, "closed"));
    this.opened.replaceChildren(...chips(opened, "opened"));
    this.box.hidden = false;
  }
}
