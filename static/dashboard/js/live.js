// The live analysis: start, cancel, follow and re-attach over the WebSocket; show frames as they arrive.

import { byId, say } from "./dom.js";
import { FieldScanner } from "./fields.js";

const RUNNING_KEY = "matchmetric.runningAnalysis";
const FINAL_TYPES = new Set(["analysis.completed", "analysis.failed", "analysis.cancelled"]);

function newRequestId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return `req-${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

/**
 * Follows one analysis at a time. While a past analysis is on screen the followed one keeps streaming into
 * memory (`viewingOther`), so opening it again shows everything. `onFinished(frame)` gets its final frame.
 */
export class LiveAnalysis {
  constructor({ view, socket, onFinished }) {
    this.view = view;
    this.socket = socket;
    this.onFinished = onFinished;
    this.analyzeButton = byId("analyze-button");
    this.cancelButton = byId("cancel-button");
    this.message = byId("analyze-message");
    this.current = null; // {id, lastSeq, scanner, running, raw, fields, preview, status, jobDescription, model}
    this.viewingOther = false;
    this.pendingRequestId = null;
    this.cancelButton.addEventListener("click", () => this.cancel());
  }

  /** Forget everything (logout). */
  reset() {
    sessionStorage.removeItem(RUNNING_KEY);
    this.current = null;
    this.viewingOther = false;
    this.pendingRequestId = null;
    this.setRunning(false);
  }

  setRunning(running) {
    this.analyzeButton.disabled = running;
    this.cancelButton.disabled = !running || !(this.current && this.current.id);
  }

  /** Ask the server to analyze `sources` ({resume_id | resume_text, job_id | job_description}). */
  start({ sources, jobDescription }) {
    const requestId = newRequestId();
    const frame = { action: "analyze", ...sources, request_id: requestId };
    if (!this.socket.send(frame)) return false;
    this.pendingRequestId = requestId;
    this.current = null;
    this.viewingOther = false;
    this.view.reset({ state: "starting", message: "Starting the analysis…", jobDescription });
    this.setRunning(true);
    return true;
  }

  cancel() {
    if (!this.current || !this.current.id) return;
    if (this.socket.send({ action: "cancel", analysis_id: this.current.id })) {
      this.cancelButton.disabled = true;
      this.showStatus("cancelling", `Cancelling analysis #${this.current.id}…`);
    } else {
      say(this.message, "Not connected: the analysis cannot be cancelled until the connection is back.", "error");
    }
  }

  /** Follow analysis `id` and show it: its frames are taken from sequence number `lastSeq` + 1 on. */
  follow(analysisId, { jobDescription = "", message = "", panelState = "streaming" } = {}) {
    const id = Number(analysisId); // sessionStorage gives strings; the protocol wants integer ids
    this.current = {
      id,
      lastSeq: 0,
      scanner: new FieldScanner(),
      running: true,
      raw: "",
      fields: {},
      preview: null,
      status: [panelState, message],
      jobDescription,
    };
    this.viewingOther = false;
    sessionStorage.setItem(RUNNING_KEY, String(id));
    this.view.reset({ state: panelState, message, jobDescription, analysisId: id });
    this.setRunning(true);
  }

  /** Follow a running analysis opened from the history (it may have been started elsewhere). */
  attach(item, inputs) {
    this.follow(item.id, {
      jobDescription: item.job_description,
      message: `Re-attaching to analysis #${item.id}…`,
      panelState: "reattaching",
    });
    this.view.showInputs(inputs);
    this.subscribe(item.id);
  }

  subscribe(id) {
    this.socket.send({ action: "subscribe", analysis_id: Number(id) });
  }

  /** Set the followed analysis's status line (shown unless a past analysis is on screen). */
  showStatus(panelState, message) {
    if (this.current) this.current.status = [panelState, message];
    if (!this.viewingOther) this.view.setState(panelState, message);
  }

  /** Return true while an analysis is starting, or streaming on screen: the panel is its own then. */
  ownsPanel() {
    return Boolean(this.pendingRequestId) || Boolean(this.current && this.current.running && !this.viewingOther);
  }

  /** Return true when `id` is the analysis being followed and still running. */
  isLive(id) {
    return Boolean(this.current && this.current.running && this.current.id === Number(id));
  }

  /** Put the followed analysis back on screen, from what was received while another one was shown. */
  showLive() {
    const current = this.current;
    this.viewingOther = false;
    const [panelState, message] = current.status;
    this.view.reset({ state: panelState, message, jobDescription: current.jobDescription, analysisId: current.id });
    this.view.setRaw(current.raw);
    this.view.setPreview(current.preview);
    this.view.setAnalysis(current.fields);
  }

  /** A past analysis goes on screen: keep following the running one in the background. */
  showingPast() {
    if (this.current && this.current.running) {
      this.viewingOther = true;
      say(this.message, `Analysis #${this.current.id} keeps running: open it from the history to watch it.`);
    } else {
      this.current = null;
    }
  }

  /** Drop analysis `id` (deleted); return true when it was the one on screen and nothing else replaces it. */
  forget(id) {
    const shown = String(this.view.panel.dataset.analysisId) === String(id);
    if (this.current && this.current.id === Number(id)) {
      sessionStorage.removeItem(RUNNING_KEY);
      this.current = null;
      this.viewingOther = false;
      this.setRunning(false);
    }
    if (shown && this.current && this.viewingOther) {
      this.showLive();
      return false;
    }
    return shown;
  }

  /** The socket (re)connected: re-attach to the analysis this tab was following, if any. */
  reattach() {
    const running = this.current && this.current.running ? this.current.id : sessionStorage.getItem(RUNNING_KEY);
    if (!running) return;
    const message = `Re-attaching to analysis #${running}…`;
    if (!this.current || String(this.current.id) !== String(running)) {
      this.follow(running, { message, panelState: "reattaching" });
    } else {
      this.showStatus("reattaching", message);
    }
    this.subscribe(running);
  }

  /** The socket dropped: the analysis runs on; a request not yet started is lost. */
  connectionLost() {
    if (this.current && this.current.running) {
      this.showStatus("reconnecting", "Connection lost. The analysis keeps running on the server; re-attaching…");
    }
    if (this.pendingRequestId) {
      this.pendingRequestId = null;
      this.view.reset({
        state: "empty",
        message: "The connection dropped before the analysis started. Press Analyze again.",
      });
      this.setRunning(false);
    }
  }

  /** Handle one server frame of the analysis protocol. */
  handle(frame) {
    if (frame.type === "analysis.started") this.started(frame);
    else if (frame.type === "error") this.refused(frame);
    else if (!this.isCurrent(frame)) return;
    else if (frame.type === "analysis.chunk") this.chunk(frame);
    else if (frame.type === "analysis.field") this.field(frame.field, frame.value);
    else if (frame.type === "analysis.preview") this.preview(frame.ai_analysis);
    else if (FINAL_TYPES.has(frame.type)) this.finished(frame);
  }

  isCurrent(frame) {
    return Boolean(this.current && String(this.current.id) === String(frame.analysis_id));
  }

  started(frame) {
    if (this.pendingRequestId && frame.request_id === this.pendingRequestId) {
      this.pendingRequestId = null;
      this.follow(frame.analysis_id, { jobDescription: this.view.jobDescription });
    } else if (!this.isCurrent(frame)) {
      return;
    }
    const engine = [frame.engine, frame.model].filter(Boolean).join(" · ");
    this.current.model = frame.model || frame.engine || "";
    this.showStatus("streaming", `Analysis #${frame.analysis_id} running${engine ? ` (${engine})` : ""}…`);
    this.setRunning(true);
  }

  chunk(frame) {
    const current = this.current;
    const seq = Number(frame.seq);
    // A re-attach replays from the start: drop what is already shown.
    if (Number.isFinite(seq) && seq <= current.lastSeq) return;
    if (Number.isFinite(seq)) current.lastSeq = seq;
    const delta = typeof frame.delta === "string" ? frame.delta : "";
    current.raw += delta;
    const completed = current.scanner.push(delta);
    for (const [name, value] of completed) current.fields[name] = value;
    if (current.status[0] !== "streaming" && current.status[0] !== "cancelling") {
      this.showStatus("streaming", `Analysis #${current.id} running…`);
    }
    if (this.viewingOther) return;
    this.view.appendRaw(delta);
    for (const [name, value] of completed) this.view.setField(name, value);
  }

  field(name, value) {
    this.current.fields[name] = value;
    if (!this.viewingOther) this.view.setField(name, value);
  }

  preview(analysis) {
    this.current.preview = analysis;
    if (!this.viewingOther) this.view.setPreview(analysis);
  }

  finished(frame) {
    const id = this.current.id;
    this.current.running = false;
    sessionStorage.removeItem(RUNNING_KEY);
    this.setRunning(false);
    this.onFinished(frame);
    if (this.viewingOther) {
      this.current = null;
      this.viewingOther = false;
      say(this.message, `Analysis #${id} has finished: open it from the history.`);
      return;
    }
    const view = this.view;
    if (frame.type === "analysis.completed") {
      view.setAnalysis(frame.ai_analysis);
      if (!view.raw.textContent && frame.ai_analysis) view.setRaw(JSON.stringify(frame.ai_analysis, null, 2));
      const score = frame.ai_analysis && frame.ai_analysis.match_score;
      const model = this.current.model ? `, answered by ${this.current.model}` : "";
      view.setState("completed", `Analysis #${id} complete: match score ${score} out of 100${model}.`);
      if (this.current.preview) {
        view.setFinalNote({ finalScore: score, previewScore: this.current.preview.match_score, model: this.current.model });
      }
      view.setExport(id);
    } else if (frame.type === "analysis.cancelled") {
      view.clearResult();
      view.setState("cancelled", `Analysis #${id} was cancelled.`);
    } else {
      view.clearResult();
      view.setState("failed", `Analysis #${id} failed: ${frame.message || "the model did not answer."}`);
    }
  }

  /** An `error` frame: the analyze request, a re-attach or a cancel was refused. */
  refused(frame) {
    const message = frame.message || "The server refused the request.";
    if (this.pendingRequestId) {
      this.pendingRequestId = null;
      this.view.reset({ state: "empty", message: "The analysis did not start." });
      this.setRunning(false);
      say(this.message, message, "error");
      return;
    }
    if (this.current && this.current.running && this.current.lastSeq === 0 && !this.current.raw) {
      // The analysis we tried to re-attach to is gone (deleted, or not ours).
      const viewingOther = this.viewingOther;
      this.reset();
      if (viewingOther) say(this.message, `Could not re-attach: ${message}`, "error");
      else this.view.reset({ state: "empty", message: `Could not re-attach: ${message}` });
      return;
    }
    say(this.message, message, "error");
  }
}
