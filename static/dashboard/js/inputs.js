// The resume and job-description fields: counters and limits, where each text came from, and a draft kept in
// localStorage (per account) so that the inputs survive a reload. Never in a cookie: cookies go to the server.

import { byId } from "./dom.js";

const DRAFT_PREFIX = "matchmetric.draft:";

/** The two text fields; `onEdit()` is called after each change typed by the person. */
export class InputsForm {
  constructor({ onEdit }) {
    this.onEdit = onEdit;
    this.form = byId("analyze-form");
    this.resumeText = byId("resume-text");
    this.resumeCount = byId("resume-count");
    this.jobDescription = byId("job-description");
    this.jobCount = byId("job-count");
    this.limits = {};
    this.owner = "";
    this.resume = null; // {id, text}: sent as resume_id while the field still holds exactly this text
    this.job = null; // {id, text, title}: sent as job_id likewise
    for (const field of [this.resumeText, this.jobDescription]) {
      field.addEventListener("input", () => {
        this.changed();
        this.onEdit();
      });
    }
  }

  /** Use the limits announced by the server. */
  setLimits(limits) {
    this.limits = limits || {};
    this.updateCounters();
  }

  /** Return the texts as they are now. */
  values() {
    return { resumeText: this.resumeText.value, jobDescription: this.jobDescription.value };
  }

  /** Put texts in the fields (from an upload, a saved item or a past analysis); ids say where they came from. */
  fill({ resumeText, resumeId = null, jobDescription, jobId = null, jobTitle = "" }) {
    if (typeof resumeText === "string") {
      this.resumeText.value = resumeText;
      this.resume = resumeId ? { id: resumeId, text: resumeText } : null;
    }
    if (typeof jobDescription === "string") {
      this.jobDescription.value = jobDescription;
      this.job = jobId ? { id: jobId, text: jobDescription, title: jobTitle } : null;
    }
    this.changed();
  }

  characterLimit(kind) {
    const limit = this.limits[kind === "resume" ? "max_resume_chars" : "max_job_description_chars"];
    return Number.isFinite(limit) ? limit : null;
  }

  /** Return what is wrong with the texts (in words) and the field to fix, or null when they can be sent. */
  problem() {
    const { resumeText, jobDescription } = this.values();
    if (!resumeText.trim()) {
      return { message: "Add your resume first: upload a file, pick a saved one or paste the text.", field: this.resumeText };
    }
    if (!jobDescription.trim()) {
      return { message: "Paste the job description first, or pick a saved posting.", field: this.jobDescription };
    }
    for (const [kind, text, label, field] of [
      ["resume", resumeText, "The resume", this.resumeText],
      ["job", jobDescription, "The job description", this.jobDescription],
    ]) {
      const limit = this.characterLimit(kind);
      if (limit && text.length > limit) {
        return { message: `${label} is too long: at most ${limit.toLocaleString()} characters.`, field };
      }
    }
    return null;
  }

  /** Return the analyze frame's sources: stored ids while the fields hold exactly their texts, else the texts. */
  sources() {
    const { resumeText, jobDescription } = this.values();
    const resume =
      this.resume && this.resume.text === resumeText ? { resume_id: this.resume.id } : { resume_text: resumeText };
    const job =
      this.job && this.job.text === jobDescription ? { job_id: this.job.id } : { job_description: jobDescription };
    return { ...resume, ...job };
  }

  updateCounters() {
    for (const [field, counter, kind] of [
      [this.resumeText, this.resumeCount, "resume"],
      [this.jobDescription, this.jobCount, "job"],
    ]) {
      const limit = this.characterLimit(kind);
      const length = field.value.length;
      counter.textContent = limit
        ? `${length.toLocaleString()} of ${limit.toLocaleString()} characters`
        : `${length.toLocaleString()} characters`;
      counter.dataset.tone = limit && length > limit ? "error" : "info";
    }
  }

  changed() {
    this.updateCounters();
    this.saveDraft();
  }

  // ---- the draft ----------------------------------------------------------------------------------------

  draftKey() {
    return this.owner ? `${DRAFT_PREFIX}${this.owner.toLowerCase()}` : "";
  }

  saveDraft() {
    const key = this.draftKey();
    if (!key) return;
    const draft = { ...this.values(), resume: this.resume, job: this.job };
    try {
      localStorage.setItem(key, JSON.stringify(draft));
    } catch {
      // Storage full or turned off: the page works without a draft.
    }
  }

  /** Show `email`'s draft (after login or a reload). */
  restore(email) {
    this.owner = email || "";
    let draft = null;
    try {
      draft = JSON.parse(localStorage.getItem(this.draftKey()) || "null");
    } catch {
      draft = null;
    }
    if (draft && typeof draft === "object") {
      const text = (value) => (typeof value === "string" ? value : "");
      this.resumeText.value = text(draft.resumeText);
      this.jobDescription.value = text(draft.jobDescription);
      const same = (saved, value) => saved && typeof saved === "object" && Number.isInteger(saved.id) && saved.text === value;
      this.resume = same(draft.resume, this.resumeText.value) ? draft.resume : null;
      this.job = same(draft.job, this.jobDescription.value) ? draft.job : null;
    }
    this.updateCounters();
  }

  /** Empty the fields and drop the draft (logout: the next person on this browser sees nothing). */
  forget() {
    const key = this.draftKey();
    if (key) localStorage.removeItem(key);
    this.owner = "";
    this.resume = null;
    this.job = null;
    this.form.reset();
    this.updateCounters();
  }
}
