// The comparison view: tick saved resumes and postings (and, if wanted, the posting pasted in the form), send one
// `compare` frame, fill the grid as `comparison.cell` frames arrive. Saved postings go as `job_ids`; with a pasted
// one, all go as texts (`job_descriptions`: a frame takes one kind). A comparison still running when the page
// reloads (or the socket reconnects) is re-attached with `subscribe`, which replays its frames.

import { ApiError, request } from "./api.js";
import { CompareGrid } from "./compare_grid.js";
import { byId, h, say } from "./dom.js";
import { jobLabel, resumeLabel } from "./library.js";

const FINAL = { "comparison.completed": "completed", "comparison.failed": "failed", "comparison.cancelled": "cancelled" };
const RUNNING_KEY = "matchmetric.runningComparison";

function newRequestId() {
  return `cmp-${Date.now()}-${Math.random().toString(16).slice(2, 8)}`;
}

/** Picks, starts, re-attaches and shows one comparison; `onOpenCell({resumeId, job})` opens a pair's analysis. */
export class CompareView {
  constructor({ socket, onOpenCell, pastedJob }) {
    this.socket = socket;
    this.pastedJob = pastedJob;
    this.resumeList = byId("compare-resumes");
    this.jobList = byId("compare-jobs");
    this.pastedBox = byId("compare-pasted");
    this.button = byId("compare-button");
    this.cancelButton = byId("compare-cancel");
    this.message = byId("compare-message");
    this.grid = new CompareGrid({ onOpenCell });
    this.resumes = [];
    this.jobs = [];
    this.pendingRequestId = null;
    this.pendingPick = null;
    this.current = null; // {id, running}
    this.button.addEventListener("click", () => this.start());
    this.cancelButton.addEventListener("click", () => this.cancel());
  }

  /** Show the saved resumes and postings as checkboxes (ticks kept across reloads of the lists). */
  setChoices({ resumes, jobs }) {
    const ticked = (list) => new Set(Array.from(list.querySelectorAll("input:checked"), (input) => input.value));
    const keepResumes = ticked(this.resumeList);
    const keepJobs = ticked(this.jobList);
    this.resumes = resumes;
    this.jobs = jobs;
    const options = (items, kind, label, keep) =>
      items.length
        ? items.map((item) => {
            const box = h("input", { type: "checkbox", name: `compare_${kind}`, value: item.id });
            box.checked = keep.has(String(item.id));
            return h("li", {}, h("label", { class: "pick" }, box, ` ${label(item)}`));
          })
        : [h("li", { class: "chip-none", text: kind === "resume" ? "No saved resumes yet: upload one." : "No saved postings yet: paste one and press Save posting." })];
    this.resumeList.replaceChildren(...options(resumes, "resume", resumeLabel, keepResumes));
    this.jobList.replaceChildren(...options(jobs, "job", jobLabel, keepJobs));
  }

  /** Forget everything (logout). */
  reset() {
    this.pendingRequestId = null;
    this.current = null;
    sessionStorage.removeItem(RUNNING_KEY);
    this.setChoices({ resumes: [], jobs: [] });
    this.pastedBox.checked = false;
    this.grid.clear();
    say(this.message, "");
    this.setRunning(false);
  }

  setRunning(running) {
    this.button.disabled = running;
    this.cancelButton.disabled = !running || !this.current;
  }

  picked(list, items) {
    const ids = new Set(Array.from(list.querySelectorAll("input:checked"), (input) => Number(input.value)));
    return items.filter((item) => ids.has(item.id));
  }

  start() {
    const resumes = this.picked(this.resumeList, this.resumes);
    const jobs = this.picked(this.jobList, this.jobs).map(({ id, title, company, text }) => ({ id, title, company, text }));
    if (this.pastedBox.checked) {
      const text = this.pastedJob().trim();
      if (!text) {
        say(this.message, "The job description field is empty: paste a posting there, or untick it.", "error");
        return;
      }
      jobs.push({ id: null, title: "Pasted posting", company: "", text });
    }
    if (!resumes.length || !jobs.length) {
      say(this.message, "Tick at least one resume and one posting.", "error");
      return;
    }
    const requestId = newRequestId();
    const frame = { action: "compare", resume_ids: resumes.map((resume) => resume.id), request_id: requestId };
    if (jobs.every((job) => job.id)) frame.job_ids = jobs.map((job) => job.id);
    else frame.job_descriptions = jobs.map((job) => job.text || "");
    if (!this.socket.send(frame)) {
      say(this.message, "Not connected to the server yet. Wait for “Connected” and try again.", "error");
      return;
    }
    this.pendingRequestId = requestId;
    this.pendingPick = { resumes: resumes.map(({ id, filename }) => ({ id, filename })), jobs };
    say(this.message, `Comparing ${resumes.length} × ${jobs.length}…`);
    this.setRunning(true);
  }

  cancel() {
    if (this.current && this.socket.send({ action: "cancel", comparison_id: this.current.id })) {
      this.cancelButton.disabled = true;
      say(this.message, `Cancelling comparison #${this.current.id}…`);
    }
  }

  /**
   * The socket is (re)connected: follow the comparison that was running, on this page or before a reload.
   * A stored one is looked up first, so that one deleted meanwhile is dropped without a refused frame.
   */
  async reattach() {
    if (this.current && this.current.running) {
      this.socket.send({ action: "subscribe", comparison_id: this.current.id });
      return;
    }
    let stored;
    try {
      stored = JSON.parse(sessionStorage.getItem(RUNNING_KEY) || "null");
    } catch {
      stored = null;
    }
    if (!stored || !Number.isInteger(stored.id)) return;
    try {
      await request(`comparisons/${stored.id}/`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) sessionStorage.removeItem(RUNNING_KEY);
      return;
    }
    this.reattaching = stored;
    say(this.message, `Re-attaching to comparison #${stored.id}…`);
    this.socket.send({ action: "subscribe", comparison_id: stored.id });
  }

  /** Handle a `comparison.*` frame. */
  handle(frame) {
    if (frame.type === "comparison.started") {
      const again = this.current && frame.comparison_id === this.current.id; // a replay after a reconnect
      if (again) return;
      if (this.reattaching && frame.comparison_id === this.reattaching.id) {
        this.begin(frame, this.reattaching);
      } else if (frame.request_id && frame.request_id === this.pendingRequestId) {
        this.begin(frame, this.pendingPick);
      }
      return;
    }
    if (!this.current || frame.comparison_id !== this.current.id) return;
    if (frame.type === "comparison.cell") {
      if (this.grid.fill(frame)) {
        say(this.message, `Comparison #${this.current.id}: ${this.grid.cells.size} of ${this.grid.total} pairs scored…`);
      }
    } else if (frame.type in FINAL) {
      this.finish(frame);
    }
  }

  /** An `error` frame answering this view's compare request. */
  refused(frame) {
    this.pendingRequestId = null;
    say(this.message, frame.message || "The comparison did not start.", "error");
    this.setRunning(false);
  }

  begin(frame, pick) {
    this.pendingRequestId = null;
    this.reattaching = null;
    this.current = { id: frame.comparison_id, running: true };
    sessionStorage.setItem(RUNNING_KEY, JSON.stringify({ id: frame.comparison_id, ...pick }));
    const announced = frame.grid && Array.isArray(frame.grid.jobs) ? frame.grid.jobs : [];
    const byJobId = announced.length > 0 && announced.every((job) => Number.isInteger(job.job_id));
    this.grid.begin({ id: frame.comparison_id, resumes: pick.resumes, jobs: pick.jobs, byJobId });
    say(this.message, `Comparison #${frame.comparison_id}: 0 of ${this.grid.total} pairs scored…`);
    this.setRunning(true);
  }

  finish(frame) {
    const state = FINAL[frame.type];
    this.grid.setState(state);
    this.current.running = false;
    sessionStorage.removeItem(RUNNING_KEY);
    const id = this.current.id;
    const count = this.grid.cells.size;
    const words = {
      completed: `Comparison #${id} complete: ${count} pairs. Sort by a posting with its heading; open a cell for the full analysis.`,
      failed: `Comparison #${id} failed: ${frame.message || "try again."}`,
      cancelled: `Comparison #${id} was cancelled after ${count} pairs.`,
    };
    say(this.message, words[state], state === "completed" ? "success" : "error");
    this.setRunning(false);
  }
}
