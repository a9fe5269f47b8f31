// The history list: pagination, status filter, search, open and delete.

import { band } from "./analysis.js";
import { request } from "./api.js";
import { byId, excerpt, h, say } from "./dom.js";

const PER_PAGE = 10;
const STATUS_WORDS = { completed: "Completed", failed: "Failed", cancelled: "Cancelled", running: "Running" };
const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

function formatDate(value) {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? "" : DATE_FORMAT.format(date);
}

/** Lists past analyses; `onOpen(id)`, `onLoad(id)`, `onRerun(id)` and `onDeleted(id)` are the row buttons'. */
export class HistoryView {
  constructor({ onOpen, onLoad, onRerun, onDeleted }) {
    this.onOpen = onOpen;
    this.onLoad = onLoad;
    this.onRerun = onRerun;
    this.onDeleted = onDeleted;
    this.list = byId("history-list");
    this.message = byId("history-message");
    this.pageLabel = byId("history-page");
    this.prev = byId("history-prev");
    this.next = byId("history-next");
    this.status = byId("history-status");
    this.search = byId("history-search");
    this.page = 1;
    this.totalPages = 1;
    this.loading = null;
    byId("history-filters").addEventListener("submit", (event) => {
      event.preventDefault();
      this.load(1);
    });
    this.status.addEventListener("change", () => this.load(1));
    this.prev.addEventListener("click", () => this.load(this.page - 1));
    this.next.addEventListener("click", () => this.load(this.page + 1));
  }

  /** Empty the list (after logout). */
  clear() {
    this.list.replaceChildren();
    say(this.message, "");
    this.page = 1;
    this.totalPages = 1;
    this.updatePager();
  }

  /** Fetch and show page `page` with the current filters. */
  async load(page = this.page) {
    if (this.loading) this.loading.abort();
    const controller = new AbortController();
    this.loading = controller;
    const query = new URLSearchParams({ page: String(Math.max(1, page)), per_page: String(PER_PAGE) });
    query.set("status", this.status.value);
    const search = this.search.value.trim();
    if (search) query.set("search", search);
    this.list.setAttribute("aria-busy", "true");
    try {
      const body = await request(`resume/histories/?${query}`, { signal: controller.signal });
      const data = body.data || {};
      const rows = Array.isArray(data.data) ? data.data : [];
      this.page = data.page || page;
      this.totalPages = Math.max(1, data.total_pages || 1);
      if (!rows.length && this.page > 1 && this.page > this.totalPages) {
        this.loading = null;
        await this.load(this.totalPages);
        return;
      }
      this.render(rows, data.total_items || 0);
    } catch (error) {
      if (error.name === "AbortError") return;
      say(this.message, error.message, "error");
    } finally {
      if (this.loading === controller) {
        this.loading = null;
        this.list.removeAttribute("aria-busy");
      }
    }
  }

  render(rows, totalItems) {
    this.list.replaceChildren(...rows.map((row) => this.row(row)));
    const filtered = this.status.value !== "completed" || this.search.value.trim();
    if (!rows.length) say(this.message, filtered ? "No analyses match these filters." : "No analyses yet.");
    else say(this.message, `${totalItems} ${totalItems === 1 ? "analysis" : "analyses"}.`);
    this.updatePager();
  }

  updatePager() {
    this.pageLabel.textContent = `Page ${this.page} of ${this.totalPages}`;
    this.prev.disabled = this.page <= 1;
    this.next.disabled = this.page >= this.totalPages;
  }

  row(item) {
    const analysis = item.ai_analysis && typeof item.ai_analysis === "object" ? item.ai_analysis : null;
    const score = analysis && Number.isFinite(analysis.match_score) ? analysis.match_score : item.match_score;
    const status = String(item.status || "completed");
    const title = item.job_title || excerpt(item.job_description, 90) || "(no job description)";
    const button = (text, label, onClick, tone = "secondary") => {
      const node = h("button", { type: "button", class: `button ${tone} small`, text });
      node.setAttribute("aria-label", `${label} ${item.id}`);
      node.addEventListener("click", () => onClick(item.id));
      return node;
    };
    const open = button("Open", "Open analysis", this.onOpen);
    const load = button("Load", "Load into the form the inputs of analysis", this.onLoad);
    const rerun = button("Re-run", "Re-run analysis", this.onRerun);
    const remove = button("Delete", "Delete analysis", () => this.remove(item.id, remove), "danger");
    return h(
      "li",
      { class: "history-item", "data-id": item.id, "data-status": status },
      h(
        "div",
        { class: "history-score", "data-band": Number.isFinite(score) ? band(score) : "none" },
        Number.isFinite(score) ? String(score) : "–",
      ),
      h(
        "div",
        { class: "history-body" },
        h("p", { class: "history-title", text: title }),
        h("p", { class: "history-resume", text: excerpt(item.resume_text, 90) }),
        h(
          "p",
          { class: "history-meta" },
          h("span", { class: "badge", "data-status": status, text: STATUS_WORDS[status] || status }),
          ` #${item.id} · ${formatDate(item.created_at)}${item.model ? ` · ${item.model}` : ""}`,
        ),
      ),
      h("div", { class: "history-actions" }, open, load, rerun, remove),
    );
  }

  async remove(id, button) {
    // A native confirm dialog is keyboard- and screen-reader-friendly without extra code.
    if (!window.confirm(`Delete analysis #${id}? This cannot be undone.`)) return;
    button.disabled = true;
    try {
      await request(`resume/histories/${id}/`, { method: "DELETE" });
      this.onDeleted(id);
      await this.load(this.page);
      say(this.message, `Analysis #${id} deleted.`);
    } catch (error) {
      button.disabled = false;
      say(this.message, error.message, "error");
    }
  }
}
