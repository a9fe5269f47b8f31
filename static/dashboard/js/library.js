// Saved resumes and postings (the REST lists): pick one into the form, save the pasted posting, feed the
// comparison's pickers.

import { request } from "./api.js";
import { byId, excerpt, h, say } from "./dom.js";

const LIST_SIZE = 50;

/** Return a posting's name for lists: its title (and company), else the start of its text. */
export function jobLabel(job) {
  const title = [job.title, job.company].filter(Boolean).join(" · ");
  return title || excerpt(job.text, 60) || `Posting #${job.id}`;
}

/** Return a resume's name for lists. */
export function resumeLabel(resume) {
  return resume.filename || `Resume #${resume.id}`;
}

/**
 * Lists the user's saved resumes and postings. `onPickResume({id, text})` and `onPickJob({id, text, title})`
 * fill the form; `onLists({resumes, jobs})` gets both lists after each load.
 */
export class Library {
  constructor({ onPickResume, onPickJob, onLists }) {
    this.onPickResume = onPickResume;
    this.onPickJob = onPickJob;
    this.onLists = onLists;
    this.resumeSelect = byId("saved-resume");
    this.jobSelect = byId("saved-job");
    this.message = byId("library-message");
    this.resumes = [];
    this.jobs = [];
    this.loads = 0; // numbers each load, so that an overtaken one is dropped
    this.resumeSelect.addEventListener("change", () => this.pickResume());
    this.jobSelect.addEventListener("change", () => this.pickJob());
  }

  /** Fetch both lists (newest first) and show them. */
  async load() {
    // Loads overlap (an upload, then a saved posting): only the latest one's answer is shown.
    this.loads += 1;
    const load = this.loads;
    let resumes;
    let jobs;
    try {
      [resumes, jobs] = await Promise.all([
        request(`resume/?per_page=${LIST_SIZE}`),
        request(`jobs/?per_page=${LIST_SIZE}`),
      ]);
    } catch (error) {
      if (load === this.loads) say(this.message, `Saved resumes and postings could not be loaded: ${error.message}`, "error");
      return;
    }
    if (load !== this.loads) return;
    this.resumes = listOf(resumes);
    this.jobs = listOf(jobs);
    fillSelect(this.resumeSelect, "Choose a saved resume…", this.resumes, resumeLabel);
    fillSelect(this.jobSelect, "Choose a saved posting…", this.jobs, jobLabel);
    this.onLists({ resumes: this.resumes, jobs: this.jobs });
  }

  /** Forget the lists (logout). */
  clear() {
    this.loads += 1; // an answer still on its way is for the previous account
    this.resumes = [];
    this.jobs = [];
    fillSelect(this.resumeSelect, "Choose a saved resume…", [], resumeLabel);
    fillSelect(this.jobSelect, "Choose a saved posting…", [], jobLabel);
    say(this.message, "");
  }

  /** Return the text of saved resume `id` (fetched: the list has no texts). */
  async resumeText(id) {
    const reply = await request(`resume/${id}/`);
    return (reply.data && reply.data.text) || "";
  }

  async pickResume() {
    const id = Number(this.resumeSelect.value);
    if (!id) return;
    try {
      this.onPickResume({ id, text: await this.resumeText(id) });
      const resume = this.resumes.find((item) => item.id === id);
      say(this.message, `Resume “${resume ? resumeLabel(resume) : id}” loaded into the form.`, "success");
    } catch (error) {
      say(this.message, `The resume could not be loaded: ${error.message}`, "error");
    }
  }

  pickJob() {
    const job = this.jobs.find((item) => item.id === Number(this.jobSelect.value));
    if (!job) return;
    this.onPickJob({ id: job.id, text: job.text || "", title: job.title || "" });
    say(this.message, `Posting “${jobLabel(job)}” loaded into the form.`, "success");
  }

  /** Store `text` as a posting; return it (with its id), or null when refused (the reason is shown). */
  async saveJob(text) {
    if (!text.trim()) {
      say(this.message, "Paste a job description first, then save it.", "error");
      return null;
    }
    try {
      const reply = await request("jobs/", { method: "POST", json: { text } });
      const job = reply.data || {};
      await this.load();
      this.jobSelect.value = String(job.id);
      say(this.message, `Posting “${jobLabel(job)}” saved.`, "success");
      return job;
    } catch (error) {
      say(this.message, `The posting could not be saved: ${error.message}`, "error");
      return null;
    }
  }
}

function listOf(reply) {
  const data = reply.data || {};
  return Array.isArray(data.data) ? data.data : [];
}

function fillSelect(select, prompt, items, label) {
  select.replaceChildren(
    h("option", { value: "", text: prompt }),
    ...items.map((item) => h("option", { value: item.id, text: label(item) })),
  );
}
