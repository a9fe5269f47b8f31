// The upload form: send a PDF/DOCX/TXT to the upload API, show the extracted text's facts and ATS checks.

import { request } from "./api.js";
import { byId, h, say } from "./dom.js";

const ATS_RESULT_WORDS = { pass: "Pass", warn: "Warning", fail: "Fail" };

/** Uploads a resume; `onExtracted({text, resumeId})` receives the extracted text. */
export class UploadPanel {
  constructor({ onExtracted }) {
    this.onExtracted = onExtracted;
    this.form = byId("upload-form");
    this.button = byId("upload-button");
    this.message = byId("upload-message");
    this.file = byId("resume-file");
    this.facts = byId("resume-facts");
    this.summary = byId("resume-summary");
    this.atsScore = byId("ats-score");
    this.atsChecks = byId("ats-checks");
    this.warnings = byId("upload-warnings");
    this.form.addEventListener("submit", (event) => this.upload(event));
  }

  /** Forget the last upload (after logout). */
  reset() {
    this.form.reset();
    say(this.message, "");
    this.facts.hidden = true;
  }

  async upload(event) {
    event.preventDefault();
    const file = this.file.files[0];
    if (!file) {
      say(this.message, "Choose a PDF, DOCX or TXT file first.", "error");
      this.file.focus();
      return;
    }
    const form = new FormData();
    form.append("file", file);
    this.button.disabled = true;
    say(this.message, `Extracting text from ${file.name}…`);
    try {
      const reply = await request("resume/upload/", { method: "POST", form });
      const text = typeof reply.data === "string" ? reply.data : "";
      const meta = reply.meta || {};
      this.showFacts(meta, file.name);
      this.onExtracted({ text, resumeId: meta.resume_id || null });
      say(this.message, `${meta.filename || file.name}: text extracted.`, "success");
    } catch (error) {
      say(this.message, `Upload failed: ${error.message}`, "error");
    } finally {
      this.button.disabled = false;
    }
  }

  showFacts(meta, fallbackName) {
    const facts = [meta.filename || fallbackName];
    if (meta.format) facts.push(String(meta.format).toUpperCase());
    if (Number.isFinite(meta.pages) && meta.pages > 0) facts.push(`${meta.pages} ${meta.pages === 1 ? "page" : "pages"}`);
    if (Number.isFinite(meta.characters)) facts.push(`${meta.characters.toLocaleString()} characters`);
    this.summary.textContent = facts.join(" · ");
    const checks = Array.isArray(meta.ats_checks) ? meta.ats_checks : [];
    this.atsChecks.replaceChildren(
      ...checks.map((check) =>
        h(
          "li",
          { class: "ats-check", "data-result": check.result },
          h("span", { class: "badge", "data-result": check.result, text: ATS_RESULT_WORDS[check.result] || check.result }),
          ` ${check.message || check.id || ""}`,
        ),
      ),
    );
    this.atsScore.textContent = Number.isFinite(meta.ats_score) ? `${meta.ats_score}/100` : "";
    this.atsScore.hidden = !Number.isFinite(meta.ats_score);
    const warnings = Array.isArray(meta.warnings) ? meta.warnings : [];
    this.warnings.replaceChildren(
      ...warnings.map((warning) => h("li", { text: typeof warning === "string" ? warning : warning.message || "" })),
    );
    this.facts.hidden = false;
  }
}
