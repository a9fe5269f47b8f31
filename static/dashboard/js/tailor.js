// The tailored resume of a completed analysis: tick (and reword) the suggested rewrites, then download the resume
// with them applied. Rewrites are saved with PUT …/rewrites/ before each download; the file is fetched, so a
// refusal is shown in words instead of being saved as a file.

import { request } from "./api.js";
import { byId, h, say } from "./dom.js";

const API_ROOT = document.body.dataset.apiRoot || "/api/v1/";
const FORMAT_WORDS = { docx: "DOCX", md: "Markdown", json: "JSON Resume", pdf: "PDF" };

function filenameOf(response, fallback) {
  const match = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") || "");
  return match ? match[1] : fallback;
}

async function failureMessage(response) {
  try {
    const body = await response.json();
    if (body && typeof body.message === "string" && body.message) return body.message;
  } catch {
    // not an envelope: fall through to the status
  }
  return `The export failed (HTTP ${response.status}).`;
}

/** The rewrites list and the export buttons of the analysis panel. */
export class TailorPanel {
  constructor() {
    this.box = byId("export-box");
    this.list = byId("rewrite-list");
    this.none = byId("rewrites-none");
    this.message = byId("export-message");
    this.links = Array.from(this.box.querySelectorAll("a[data-format]"));
    this.historyId = null;
    this.items = []; // {sentence, suggestion, box, text}
    this.saved = "[]";
    this.loading = null;
    for (const link of this.links) {
      link.addEventListener("click", (event) => {
        event.preventDefault();
        this.download(link.dataset.format);
      });
    }
  }

  /** Offer the tailored resume of stored analysis `id` (none when id is null). */
  show(id) {
    this.historyId = id ? Number(id) : null;
    this.box.hidden = !this.historyId;
    this.items = [];
    this.list.replaceChildren();
    this.none.hidden = true;
    say(this.message, "");
    for (const link of this.links) {
      if (this.historyId) {
        const format = link.dataset.format;
        link.href = `${API_ROOT}resume/histories/${this.historyId}/export/?format=${encodeURIComponent(format)}`;
      } else {
        link.removeAttribute("href");
      }
    }
    this.loading = this.historyId ? this.load(this.historyId) : null;
  }

  async load(id) {
    let data;
    try {
      data = (await request(`resume/histories/${id}/rewrites/`)).data || {};
    } catch (error) {
      if (id === this.historyId) say(this.message, `Could not read the suggested rewrites: ${error.message}`, "error");
      return;
    }
    if (id !== this.historyId) return;
    const accepted = new Map((data.accepted || []).map((item) => [item.sentence, item]));
    const rows = (data.suggestions || []).map((item) => ({ sentence: item.sentence, suggestion: item.rewrite }));
    for (const item of data.accepted || []) {
      if (!rows.some((row) => row.sentence === item.sentence)) rows.push({ sentence: item.sentence, suggestion: "" });
    }
    this.items = rows.map((row, index) => this.row(row, index, accepted.get(row.sentence)));
    this.list.replaceChildren(...this.items.map((item) => item.node));
    this.none.hidden = this.items.length > 0;
    this.saved = JSON.stringify(this.chosen());
    this.box.dataset.loaded = String(id);
  }

  row({ sentence, suggestion }, index, accepted) {
    const boxId = `rewrite-use-${index}`;
    const textId = `rewrite-text-${index}`;
    const box = h("input", { type: "checkbox", id: boxId });
    box.checked = Boolean(accepted);
    const text = h("textarea", { id: textId, rows: 2, spellcheck: "true" });
    // The stored wording of an accepted suggestion has lost its "[add …]" request: show the suggestion itself.
    text.value = accepted && accepted.source === "edit" ? accepted.replacement : suggestion;
    text.addEventListener("input", () => {
      box.checked = true;
      text.removeAttribute("aria-invalid");
    });
    const node = h(
      "li",
      { class: "rewrite-item" },
      h("p", { class: "sentence", text: sentence }),
      h("div", { class: "toggle" }, box, h("label", { for: boxId, text: `Use this rewrite (sentence ${index + 1})` })),
      h("label", { class: "visually-hidden", for: textId, text: `Rewrite of sentence ${index + 1}` }),
      text,
    );
    return { sentence, suggestion, box, text, node };
  }

  /** Return the ticked rewrites as the PUT sends them: a suggestion as is goes without `replacement`. */
  chosen() {
    return this.items
      .filter((item) => item.box.checked)
      .map((item) =>
        item.text.value.trim() === item.suggestion.trim() && item.suggestion
          ? { sentence: item.sentence }
          : { sentence: item.sentence, replacement: item.text.value },
      );
  }

  /** Save the ticked rewrites if they changed; return false (and say why) when the server refused them. */
  async save() {
    const chosen = this.chosen();
    const serialized = JSON.stringify(chosen);
    if (serialized === this.saved) return true;
    try {
      await request(`resume/histories/${this.historyId}/rewrites/`, { method: "PUT", json: { rewrites: chosen } });
    } catch (error) {
      const index = error.data && error.data.errors ? error.data.errors.index : undefined;
      const item = Number.isInteger(index) ? this.items.filter((row) => row.box.checked)[index] : null;
      if (item) item.text.setAttribute("aria-invalid", "true");
      say(this.message, `The rewrites were not saved: ${error.message}`, "error");
      if (item) item.text.focus();
      return false;
    }
    this.saved = serialized;
    return true;
  }

  async download(format) {
    const id = this.historyId;
    if (!id) return;
    const words = FORMAT_WORDS[format] || format;
    say(this.message, `Preparing the ${words} file…`);
    if (this.loading) await this.loading;
    if (!(await this.save())) return;
    let response;
    try {
      response = await fetch(`${API_ROOT}resume/histories/${id}/export/?format=${encodeURIComponent(format)}`, {
        credentials: "same-origin",
      });
    } catch {
      say(this.message, "Could not reach the server. Check your connection and try again.", "error");
      return;
    }
    if (!response.ok) {
      say(this.message, await failureMessage(response), "error");
      return;
    }
    const name = filenameOf(response, `resume-${id}.${format}`);
    const url = URL.createObjectURL(await response.blob());
    const anchor = h("a", { href: url, download: name, hidden: true });
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    const count = this.chosen().length;
    const what = count ? `with ${count} rewrite${count === 1 ? "" : "s"}` : "as written (no rewrite ticked)";
    say(this.message, `${name} downloaded, ${what}.`, "success");
  }
}
