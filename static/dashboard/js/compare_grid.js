// The resumes × postings table of one comparison: a column per posting (keyed by its job_id when saved, else by its
// place in the grid), a row per resume, cells filled as `comparison.cell` frames arrive, rows sorted by a column.

import { band } from "./analysis.js";
import { byId, h } from "./dom.js";
import { jobLabel, resumeLabel } from "./library.js";

/** Return the key of a posting column: "job-<id>" for a saved posting, "text-<index>" for a pasted one. */
export function columnKey({ jobId, jobIndex }) {
  return Number.isInteger(jobId) ? `job-${jobId}` : `text-${jobIndex}`;
}

/** Draws one comparison; `onOpenCell({resumeId, job})` opens a pair's full analysis. */
export class CompareGrid {
  constructor({ onOpenCell }) {
    this.onOpenCell = onOpenCell;
    this.table = byId("compare-grid");
    this.caption = byId("compare-caption");
    this.head = byId("compare-head");
    this.body = byId("compare-body");
    this.clear();
  }

  clear() {
    this.resumes = [];
    this.columns = []; // {key, index, job}
    this.cells = new Map(); // "resumeId:columnKey" → cell frame
    this.sort = null;
    this.table.hidden = true;
    this.head.replaceChildren();
    this.body.replaceChildren();
  }

  /**
   * Lay out comparison `id`: `jobs[i]` is the posting of grid column i. With `byJobId` (the grid went as job_ids)
   * a column is keyed by its posting's id, as the cells name it; else by its index.
   */
  begin({ id, resumes, jobs, byJobId }) {
    this.clear();
    this.resumes = resumes;
    this.columns = jobs.map((job, index) => ({
      key: columnKey({ jobId: byJobId ? job.id : null, jobIndex: index }),
      index,
      job,
    }));
    this.table.hidden = false;
    this.table.dataset.state = "running";
    this.table.dataset.comparisonId = String(id);
    this.caption.textContent = `Comparison #${id}: match scores, 0-100`;
    this.renderHead();
    this.body.replaceChildren(...resumes.map((resume) => this.row(resume)));
  }

  get total() {
    return this.resumes.length * this.columns.length;
  }

  setState(state) {
    this.table.dataset.state = state;
  }

  renderHead() {
    const order = h("button", { type: "button", class: "sort", text: "Resume" });
    order.setAttribute("aria-label", "Resumes in the order picked");
    order.addEventListener("click", () => this.sortBy(null));
    const cells = [h("th", { scope: "col" }, order)];
    for (const { key, index, job } of this.columns) {
      const button = h("button", { type: "button", class: "sort", text: jobLabel(job) });
      button.setAttribute("aria-label", `Sort resumes by their score for ${jobLabel(job)}`);
      button.addEventListener("click", () => this.sortBy(key));
      cells.push(
        h("th", { scope: "col", "aria-sort": "none", "data-column": key, "data-job-index": index, "data-job-id": job.id }, button),
      );
    }
    this.head.replaceChildren(...cells);
  }

  row(resume) {
    const cells = this.columns.map(({ key, index, job }) =>
      h(
        "td",
        { "data-column": key, "data-job-index": index, "data-job-id": job.id },
        h("span", { class: "cell-pending", text: "…" }),
      ),
    );
    return h("tr", { "data-resume-id": resume.id }, h("th", { scope: "row", text: resumeLabel(resume) }), ...cells);
  }

  /** Show one scored pair; return false when the frame names no cell of this grid. */
  fill(cell) {
    const key = columnKey({ jobId: cell.job_id, jobIndex: cell.job_index });
    const column = this.columns.find((item) => item.key === key);
    const resume = this.resumes.find((item) => item.id === cell.resume_id);
    const td = column && this.body.querySelector(`tr[data-resume-id="${Number(cell.resume_id)}"] td[data-column="${key}"]`);
    if (!td || !resume) return false;
    this.cells.set(`${cell.resume_id}:${key}`, cell);
    const score = Number.isInteger(cell.match_score) ? cell.match_score : null;
    const gaps = Array.isArray(cell.top_gaps) ? cell.top_gaps.filter((gap) => typeof gap === "string") : [];
    const button = h(
      "button",
      { type: "button", class: "cell", "data-band": score === null ? "none" : band(score) },
      h("span", { class: "cell-score", text: score === null ? "–" : String(score) }),
      h("span", { class: "cell-gaps", text: gaps.length ? `gaps: ${gaps.slice(0, 3).join(", ")}` : "no gaps" }),
    );
    const job = column.job;
    button.setAttribute("aria-label", `${resumeLabel(resume)} for ${jobLabel(job)}: ${score} out of 100. Open the full analysis.`);
    button.addEventListener("click", () => this.onOpenCell({ resumeId: resume.id, job }));
    td.dataset.score = score === null ? "" : String(score);
    td.replaceChildren(button);
    if (this.sort) this.applySort();
    return true;
  }

  /** Sort the rows by column `key` (best first, then worst first on a second click); null: the order picked. */
  sortBy(key) {
    const sort = this.sort;
    if (key === null) this.sort = null;
    else if (sort && sort.key === key && sort.direction === "descending") this.sort = { key, direction: "ascending" };
    else this.sort = { key, direction: "descending" };
    for (const th of this.head.querySelectorAll("th[data-column]")) {
      th.setAttribute("aria-sort", this.sort && this.sort.key === th.dataset.column ? this.sort.direction : "none");
    }
    this.applySort();
  }

  applySort() {
    const { sort, cells } = this;
    const position = new Map(this.resumes.map((resume, i) => [String(resume.id), i]));
    const scoreOf = (row) => {
      const cell = cells.get(`${row.dataset.resumeId}:${sort.key}`);
      return cell && Number.isInteger(cell.match_score) ? cell.match_score : -1;
    };
    const rows = Array.from(this.body.children).sort((a, b) => {
      if (sort) {
        const difference = sort.direction === "descending" ? scoreOf(b) - scoreOf(a) : scoreOf(a) - scoreOf(b);
        if (difference) return difference;
      }
      return position.get(a.dataset.resumeId) - position.get(b.dataset.resumeId);
    });
    this.body.replaceChildren(...rows);
  }
}
