// The comparison view: tick saved resumes and postings, send one `compare` frame, fill the grid cell by cell as
// `comparison.cell` frames arrive; sort rows by a posting's column; a cell opens the full analysis of its pair.

import { band } from "./analysis.js";
import { byId, h, say } from "./dom.js";
import { jobLabel, resumeLabel } from "./library.js";

const FINAL = { "comparison.completed": "completed", "comparison.failed": "failed", "comparison.cancelled": "cancelled" };

function newRequestId() {
  return `cmp-${Date.now()}-${Math.random().toString(16).slice(2, 8)}`;
}

/** Picks, starts and shows one comparison; `onOpenCell({resumeId, job})` opens a pair's full analysis. */
export class CompareView {
  constructor({ socket, onOpenCell }) {
    this.socket = socket;
    this.onOpenCell = onOpenCell;
    this.resumeList = byId("compare-resumes");
    this.jobList = byId("compare-jobs");
    this.button = byId("compare-button");
    this.cancelButton = byId("compare-cancel");
    this.message = byId("compare-message");
    this.table = byId("compare-grid");
    this.caption = byId("compare-caption");
    this.head = byId("compare-head");
    this.body = byId("compare-body");
    this.resumes = [];
    this.jobs = [];
    this.pendingRequestId = null;
    this.current = null; // {id, resumes, jobs, cells: Map "resumeId:jobIndex" → cell frame, sort}
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
    this.setChoices({ resumes: [], jobs: [] });
    this.table.hidden = true;
    this.head.replaceChildren();
    this.body.replaceChildren();
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
    const jobs = this.picked(this.jobList, this.jobs);
    if (!resumes.length || !jobs.length) {
      say(this.message, "Tick at least one resume and one posting.", "error");
      return;
    }
    const requestId = newRequestId();
    // The postings go as texts: the compare frame takes pasted postings (job_descriptions).
    const frame = {
      action: "compare",
      resume_ids: resumes.map((resume) => resume.id),
      job_descriptions: jobs.map((job) => job.text || ""),
      request_id: requestId,
    };
    if (!this.socket.send(frame)) {
      say(this.message, "Not connected to the server yet. Wait for “Connected” and try again.", "error");
      return;
    }
    this.pendingRequestId = requestId;
    this.pendingPick = { resumes, jobs };
    say(this.message, `Comparing ${resumes.length} × ${jobs.length}…`);
    this.setRunning(true);
  }

  cancel() {
    if (this.current && this.socket.send({ action: "cancel", comparison_id: this.current.id })) {
      this.cancelButton.disabled = true;
      say(this.message, `Cancelling comparison #${this.current.id}…`);
    }
  }

  /** Handle a `comparison.*` frame. */
  handle(frame) {
    if (frame.type === "comparison.started") {
      if (frame.request_id !== this.pendingRequestId) return;
      this.pendingRequestId = null;
      this.begin(frame);
      return;
    }
    if (!this.current || frame.comparison_id !== this.current.id) return;
    if (frame.type === "comparison.cell") this.fill(frame);
    else if (frame.type in FINAL) this.finish(frame);
  }

  /** An `error` frame answering this view's compare request. */
  refused(frame) {
    this.pendingRequestId = null;
    say(this.message, frame.message || "The comparison did not start.", "error");
    this.setRunning(false);
  }

  begin(frame) {
    const { resumes, jobs } = this.pendingPick;
    this.current = { id: frame.comparison_id, resumes, jobs, cells: new Map(), sort: null };
    this.table.hidden = false;
    this.table.dataset.state = "running";
    this.table.dataset.comparisonId = String(frame.comparison_id);
    this.caption.textContent = `Comparison #${frame.comparison_id}: match scores, 0-100`;
    this.renderHead();
    this.body.replaceChildren(...resumes.map((resume) => this.row(resume)));
    say(this.message, `Comparison #${frame.comparison_id}: 0 of ${resumes.length * jobs.length} pairs scored…`);
    this.setRunning(true);
  }

  renderHead() {
    const order = h("button", { type: "button", class: "sort", text: "Resume" });
    order.setAttribute("aria-label", "Resumes in the order picked");
    order.addEventListener("click", () => this.sortBy(null));
    const cells = [h("th", { scope: "col" }, order)];
    this.current.jobs.forEach((job, index) => {
      const button = h("button", { type: "button", class: "sort", text: jobLabel(job) });
      button.setAttribute("aria-label", `Sort resumes by their score for ${jobLabel(job)}`);
      button.addEventListener("click", () => this.sortBy(index));
      cells.push(h("th", { scope: "col", "aria-sort": "none", "data-job-index": index }, button));
    });
    this.head.replaceChildren(...cells);
  }

  markSort() {
    const { sort } = this.current;
    for (const th of this.head.querySelectorAll("th[data-job-index]")) {
      const index = Number(th.dataset.jobIndex);
      th.setAttribute("aria-sort", sort && sort.index === index ? sort.direction : "none");
    }
  }

  row(resume) {
    const cells = this.current.jobs.map((job, index) =>
      h("td", { "data-job-index": index }, h("span", { class: "cell-pending", text: "…" })),
    );
    return h(
      "tr",
      { "data-resume-id": resume.id },
      h("th", { scope: "row", text: resumeLabel(resume) }),
      ...cells,
    );
  }

  fill(cell) {
    const { cells, resumes, jobs } = this.current;
    cells.set(`${cell.resume_id}:${cell.job_index}`, cell);
    const td = this.body.querySelector(`tr[data-resume-id="${Number(cell.resume_id)}"] td[data-job-index="${Number(cell.job_index)}"]`);
    const resume = resumes.find((item) => item.id === cell.resume_id);
    const job = jobs[cell.job_index];
    if (!td || !resume || !job) return;
    const score = Number.isInteger(cell.match_score) ? cell.match_score : null;
    const gaps = Array.isArray(cell.top_gaps) ? cell.top_gaps.filter((gap) => typeof gap === "string") : [];
    const button = h(
      "button",
      { type: "button", class: "cell", "data-band": score === null ? "none" : band(score) },
      h("span", { class: "cell-score", text: score === null ? "–" : String(score) }),
      h("span", { class: "cell-gaps", text: gaps.length ? `gaps: ${gaps.slice(0, 3).join(", ")}` : "no gaps" }),
    );
    button.setAttribute("aria-label", `${resumeLabel(resume)} for ${jobLabel(job)}: ${score} out of 100. Open the full analysis.`);
    button.addEventListener("click", () => this.onOpenCell({ resumeId: resume.id, job }));
    td.dataset.score = score === null ? "" : String(score);
    td.replaceChildren(button);
    const total = resumes.length * jobs.length;
    say(this.message, `Comparison #${this.current.id}: ${cells.size} of ${total} pairs scored…`);
    if (this.current.sort) this.applySort();
  }

  finish(frame) {
    const state = FINAL[frame.type];
    this.table.dataset.state = state;
    const id = this.current.id;
    const words = {
      completed: `Comparison #${id} complete: ${this.current.cells.size} pairs. Sort by a posting with its heading; open a cell for the full analysis.`,
      failed: `Comparison #${id} failed: ${frame.message || "try again."}`,
      cancelled: `Comparison #${id} was cancelled after ${this.current.cells.size} pairs.`,
    };
    say(this.message, words[state], state === "completed" ? "success" : "error");
    this.setRunning(false);
  }

  /** Sort the rows by posting `index` (best first, then worst first on a second click); null: original order. */
  sortBy(index) {
    const sort = this.current.sort;
    if (index === null) this.current.sort = null;
    else if (sort && sort.index === index && sort.direction === "descending") this.current.sort = { index, direction: "ascending" };
    else this.current.sort = { index, direction: "descending" };
    this.markSort();
    this.applySort();
  }

  applySort() {
    const { sort, resumes, cells } = this.current;
    const rows = Array.from(this.body.children);
    const position = new Map(resumes.map((resume, i) => [String(resume.id), i]));
    const scoreOf = (row) => {
      const cell = cells.get(`${row.dataset.resumeId}:${sort.index}`);
      return cell && Number.isInteger(cell.match_score) ? cell.match_score : -1;
    };
    rows.sort((a, b) => {
      if (sort) {
        const difference = sort.direction === "descending" ? scoreOf(b) - scoreOf(a) : scoreOf(a) - scoreOf(b);
        if (difference) return difference;
      }
      return position.get(a.dataset.resumeId) - position.get(b.dataset.resumeId);
    });
    this.body.replaceChildren(...rows);
  }
}
