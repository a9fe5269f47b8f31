// The analysis panel: raw stream, score gauge, keyword chips, rewrite diff, reasoning. Text only, never HTML.

import { wordDiff } from "./diff.js";
import { byId, h } from "./dom.js";
import { TailorPanel } from "./tailor.js";

const CIRCUMFERENCE = 2 * Math.PI * 52;
const CATEGORY_WORDS = {
  hard_skill: "Hard skill",
  soft_skill: "Soft skill",
  certification: "Certification",
  education: "Education",
  language: "Language",
};

function sentencesOf(text) {
  return String(text || "")
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Return the score band ("high", "mid" or "low") that colours a match score. */
export function band(score) {
  if (score >= 75) return "high";
  if (score >= 50) return "mid";
  return "low";
}

/** Renders one analysis (live or stored) into the panel. */
export class AnalysisView {
  constructor() {
    this.panel = byId("analysis");
    this.status = byId("analysis-status");
    this.previewNote = byId("preview-note");
    this.raw = byId("raw-output");
    this.gauge = byId("score-gauge");
    this.arc = byId("gauge-arc");
    this.scoreValue = byId("score-value");
    this.chips = byId("missing-keywords");
    this.sentence = byId("sentence-to-improve");
    this.rewrite = byId("recommended-improvement");
    this.reasoning = byId("reasoning");
    this.inputsBox = byId("inputs-box");
    this.storedJob = byId("stored-job");
    this.storedResume = byId("stored-resume");
    this.tailor = new TailorPanel();
    this.reset();
  }

  /** Clear the panel; `jobDescription` is used to find the sentence behind each keyword. */
  reset({ state = "empty", message = "", jobDescription = "", analysisId = "" } = {}) {
    this.fields = {};
    this.panel.dataset.analysisId = analysisId;
    this.jobDescription = jobDescription;
    this.panel.dataset.state = state;
    this.status.textContent = message || "Press Analyze to compare the resume with the job description.";
    this.raw.textContent = "";
    this.previewNote.textContent = "";
    this.previewNote.hidden = true;
    this.inputsBox.hidden = true;
    this.storedJob.textContent = "";
    this.storedResume.textContent = "";
    this.setExport(null);
    this.clearResult();
  }

  /** Offer the tailored resume of stored analysis `id`: its rewrites and each export format (none when null). */
  setExport(id) {
    this.tailor.show(id);
  }

  /** Remove the fields shown so far (a failed or cancelled answer is not a result); keep the raw text. */
  clearResult() {
    this.fields = {};
    this.chips.replaceChildren();
    this.sentence.textContent = "";
    this.rewrite.textContent = "";
    this.reasoning.textContent = "";
    this.setScore(null);
  }

  /** Set the panel state ("streaming", "completed", ...) and the status line. */
  setState(state, message) {
    this.panel.dataset.state = state;
    this.status.textContent = message;
  }

  /** Append model text exactly as it arrived. */
  appendRaw(delta) {
    this.raw.append(delta);
    this.raw.scrollTop = this.raw.scrollHeight;
  }

  /** Set the raw output to `text` (used for stored analyses, which have no stream). */
  setRaw(text) {
    this.raw.textContent = text;
  }

  /** Show one completed field of the analysis; repeated values are ignored. */
  setField(name, value) {
    const serialized = JSON.stringify(value);
    if (JSON.stringify(this.fields[name]) === serialized) return;
    this.fields[name] = value;
    if (name === "match_score") this.setScore(value);
    else if (name === "missing_keywords" || name === "details") this.renderKeywords();
    else if (name === "sentence_to_improve" || name === "recommended_improvement") this.renderRewrite();
    else if (name === "reasoning") this.reasoning.textContent = typeof value === "string" ? value : "";
  }

  /** Show the local engine's quick estimate, sent while the model is still writing its answer. */
  setPreview(analysis) {
    if (!analysis || typeof analysis !== "object") return;
    const parts = [];
    if (Number.isFinite(analysis.match_score)) parts.push(`score ${analysis.match_score}/100`);
    const keywords = Array.isArray(analysis.missing_keywords) ? analysis.missing_keywords.slice(0, 8) : [];
    if (keywords.length) parts.push(`missing: ${keywords.join(", ")}`);
    this.previewNote.textContent =
      `Preliminary (local engine): ${parts.join(" · ")}. ` +
      "The final score is the one in the gauge once the model's answer below is complete.";
    this.previewNote.dataset.kind = "preliminary";
    this.previewNote.hidden = !parts.length;
  }

  /** Say which score is final once a model's answer completes after the local preview. */
  setFinalNote({ finalScore, previewScore, model }) {
    const by = model ? `${model}'s answer` : "the model's answer";
    const preview =
      Number.isFinite(previewScore) && previewScore !== finalScore
        ? ` The preliminary local estimate was ${previewScore}.`
        : Number.isFinite(previewScore)
          ? " The preliminary local estimate agreed."
          : "";
    this.previewNote.textContent = `Final score: ${finalScore}/100, from ${by}.${preview}`;
    this.previewNote.dataset.kind = "final";
    this.previewNote.hidden = false;
  }

  /** Show every field of a finished analysis. */
  setAnalysis(analysis) {
    if (!analysis || typeof analysis !== "object") return;
    for (const [name, value] of Object.entries(analysis)) this.setField(name, value);
  }

  /** Show the stored inputs of an analysis opened from the history. */
  showInputs({ resumeText, jobDescription }) {
    this.jobDescription = jobDescription || "";
    this.storedJob.textContent = jobDescription || "";
    this.storedResume.textContent = resumeText || "";
    this.inputsBox.hidden = false;
    this.renderKeywords();
  }

  setScore(value) {
    const score = Number.isInteger(value) && value >= 0 && value <= 100 ? value : null;
    if (score === null) {
      this.scoreValue.textContent = "–";
      this.gauge.removeAttribute("aria-valuenow");
      this.gauge.setAttribute("aria-valuetext", "not scored yet");
      this.gauge.dataset.band = "none";
      this.arc.setAttribute("stroke-dashoffset", CIRCUMFERENCE.toFixed(2));
      return;
    }
    this.scoreValue.textContent = String(score);
    this.gauge.setAttribute("aria-valuenow", String(score));
    this.gauge.setAttribute("aria-valuetext", `${score} out of 100`);
    this.gauge.dataset.band = band(score);
    this.arc.setAttribute("stroke-dashoffset", (CIRCUMFERENCE * (1 - score / 100)).toFixed(2));
  }

  keywordDetails() {
    const details = this.fields.details;
    const byTerm = new Map();
    const items = details && Array.isArray(details.missing_keywords_detail) ? details.missing_keywords_detail : [];
    for (const item of items) {
      if (item && typeof item.term === "string") byTerm.set(item.term.toLowerCase(), item);
    }
    return byTerm;
  }

  /** Return the tooltip text for `term`: the engine's detail, else the first job sentence naming it. */
  tooltipFor(term, detail) {
    const sentence =
      (detail && detail.job_description_sentence) ||
      sentencesOf(this.jobDescription).find((s) => s.toLowerCase().includes(term.toLowerCase())) ||
      "";
    const facts = [];
    if (detail && detail.category) facts.push(CATEGORY_WORDS[detail.category] || String(detail.category));
    if (detail && detail.importance) facts.push(String(detail.importance));
    const prefix = facts.length ? `${facts.join(" · ")}. ` : "";
    if (sentence) return `${prefix}Job description: “${sentence}”`;
    return prefix ? prefix.trim() : "";
  }

  renderKeywords() {
    const keywords = Array.isArray(this.fields.missing_keywords) ? this.fields.missing_keywords : [];
    const details = this.keywordDetails();
    const items = keywords
      .filter((term) => typeof term === "string" && term.trim())
      .map((term, index) => {
        const tip = this.tooltipFor(term, details.get(term.toLowerCase()));
        const tipId = `keyword-tip-${index}`;
        const chip = h("button", { type: "button", class: "chip", "aria-describedby": tip ? tipId : null }, term);
        chip.addEventListener("keydown", (event) => {
          if (event.key === "Escape") chip.dataset.dismissed = "true";
        });
        chip.addEventListener("blur", () => delete chip.dataset.dismissed);
        chip.addEventListener("mouseleave", () => delete chip.dataset.dismissed);
        return h(
          "li",
          { class: "chip-item" },
          chip,
          tip ? h("span", { class: "tooltip", role: "tooltip", id: tipId, text: tip }) : null,
        );
      });
    if (!items.length && "missing_keywords" in this.fields) {
      items.push(h("li", { class: "chip-none", text: "None: the resume covers the job's keywords." }));
    }
    this.chips.replaceChildren(...items);
  }

  renderRewrite() {
    const original = typeof this.fields.sentence_to_improve === "string" ? this.fields.sentence_to_improve : "";
    const rewrite =
      typeof this.fields.recommended_improvement === "string" ? this.fields.recommended_improvement : "";
    if (!rewrite) {
      this.sentence.textContent = original;
      this.rewrite.textContent = "";
      return;
    }
    const { before, after } = wordDiff(original, rewrite);
    this.sentence.replaceChildren(
      ...before.map((part) => (part.changed ? h("del", { text: part.text }) : part.text)),
    );
    this.rewrite.replaceChildren(...after.map((part) => (part.changed ? h("ins", { text: part.text }) : part.text)));
  }
}
