// The dashboard controller: logged-in/out views, the socket's frames to each panel, and the wiring between them.

import { AccountForms } from "./accounts.js";
import { AnalysisView } from "./analysis.js";
import { ApiError, request } from "./api.js";
import { CompareView } from "./compare.js";
import { byId, say } from "./dom.js";
import { HistoryView } from "./history.js";
import { InputsForm } from "./inputs.js";
import { Library } from "./library.js";
import { LiveAnalysis } from "./live.js";
import { LiveRescore } from "./rescore.js";
import { AnalysisSocket } from "./socket.js";
import { UploadPanel } from "./upload.js";

const body = document.body;
const ui = {
  connection: byId("connection"),
  connectionText: byId("connection-text"),
  account: byId("account"),
  accountEmail: byId("account-email"),
  logout: byId("logout-button"),
  globalAlert: byId("global-alert"),
  authView: byId("auth-view"),
  appView: byId("app-view"),
  analyzeForm: byId("analyze-form"),
  analyzeMessage: byId("analyze-message"),
  saveJob: byId("save-job-button"),
};

const accounts = new AccountForms({ onLoggedIn: enterApp });
const upload = new UploadPanel({ onExtracted: useExtractedResume });
const view = new AnalysisView();
const inputs = new InputsForm({ onEdit: () => rescore.edited() });
const library = new Library({
  onPickResume: ({ id, text }) => useTexts({ resumeText: text, resumeId: id }),
  onPickJob: ({ id, text, title }) => useTexts({ jobDescription: text, jobId: id, jobTitle: title }),
  onLists: (lists) => compare.setChoices(lists),
});
const historyView = new HistoryView({
  onOpen: openAnalysis,
  onLoad: (id) => loadAnalysis(id, { run: false }),
  onRerun: (id) => loadAnalysis(id, { run: true }),
  onDeleted: forgetAnalysis,
});
const socket = new AnalysisSocket({ path: body.dataset.wsPath, onFrame, onState: showConnection });
const live = new LiveAnalysis({ view, socket, onFinished: analysisFinished });
const rescore = new LiveRescore({ view, socket, isBusy: () => live.ownsPanel(), inputs });
const compare = new CompareView({
  socket,
  onOpenCell: openCell,
  pastedJob: () => inputs.values().jobDescription,
});

const state = { engine: "", model: "" };

// ---- logged in, logged out --------------------------------------------------------------------------------

async function onLogout() {
  ui.logout.disabled = true;
  try {
    await request("auth/logout/", { method: "POST", json: {} });
  } catch (error) {
    // An expired session is logged out already; anything else is worth saying.
    if (!(error instanceof ApiError && (error.status === 401 || error.status === 403))) {
      say(ui.globalAlert, error.message, "error");
    }
  } finally {
    ui.logout.disabled = false;
  }
  leaveApp("You are logged out.");
}

function enterApp(email) {
  say(ui.globalAlert, "");
  ui.accountEmail.textContent = email;
  ui.account.hidden = false;
  ui.connection.hidden = false;
  ui.authView.hidden = true;
  ui.appView.hidden = false;
  inputs.restore(email);
  socket.open();
  historyView.load(1);
  library.load();
  inputs.resumeText.focus();
}

function leaveApp(message) {
  socket.close();
  live.reset();
  rescore.reset();
  compare.reset();
  inputs.forget();
  library.clear();
  upload.reset();
  view.reset();
  historyView.clear();
  ui.account.hidden = true;
  ui.connection.hidden = true;
  ui.appView.hidden = true;
  ui.authView.hidden = false;
  accounts.showLoggedOut(message);
}

/** Put texts in the form (an upload, a saved resume or posting) and re-score them: a new start, not an edit. */
function useTexts(texts) {
  inputs.fill(texts);
  rescore.setShown(null);
  rescore.edited();
}

function useExtractedResume({ text, resumeId }) {
  useTexts({ resumeText: text, resumeId });
  library.load(); // the upload is a saved resume now
}

async function saveJob() {
  ui.saveJob.disabled = true;
  const job = await library.saveJob(inputs.values().jobDescription);
  ui.saveJob.disabled = false;
  // The stored text is what a job_id stands for; the field shows it so that both agree.
  if (job) inputs.fill({ jobDescription: job.text || "", jobId: job.id, jobTitle: job.title || "" });
}

// ---- analyze ----------------------------------------------------------------------------------------------

function startAnalysis() {
  say(ui.analyzeMessage, "");
  const problem = inputs.problem();
  if (problem) {
    say(ui.analyzeMessage, problem.message, "error");
    problem.field.focus();
    return;
  }
  rescore.stop();
  if (!live.start({ sources: inputs.sources(), jobDescription: inputs.values().jobDescription })) {
    say(ui.analyzeMessage, "Not connected to the server yet. Wait for “Connected” and press Analyze again.", "error");
    return;
  }
  focusAnalysis();
}

function analysisFinished(frame) {
  historyView.load(1);
  const onScreen = view.panel.dataset.analysisId === String(frame.analysis_id);
  if (frame.type === "analysis.completed" && onScreen) rescore.setShown(frame.ai_analysis);
}

function onFrame(frame) {
  const type = String(frame.type || "");
  if (type === "connected") {
    const data = frame.data || {};
    state.engine = data.engine || "";
    state.model = data.model || "";
    inputs.setLimits(data.limits);
    rescore.setLimits(data.limits);
    live.reattach();
    compare.reattach();
  } else if (type.startsWith("rescore.")) {
    rescore.handle(frame);
  } else if (type.startsWith("comparison.")) {
    compare.handle(frame);
  } else if (type === "error" && compare.pendingRequestId && !live.pendingRequestId) {
    compare.refused(frame);
  } else {
    live.handle(frame);
  }
}

function showConnection(connection, seconds) {
  ui.connection.dataset.state = connection;
  const model = state.model && state.model !== state.engine ? ` (${state.model})` : "";
  const engine = state.engine ? ` · ${state.engine} engine${model}` : "";
  const words = {
    connecting: "Connecting…",
    open: `Connected${engine}`,
    reconnecting: seconds ? `Connection lost. Reconnecting in ${seconds} s…` : "Reconnecting…",
    closed: "Not connected",
    unauthenticated: "Not connected",
  };
  ui.connectionText.textContent = words[connection] || connection;
  if (connection === "reconnecting") live.connectionLost();
  if (connection === "unauthenticated" && !ui.appView.hidden) leaveApp("Your session has ended. Log in again.");
}

// ---- past analyses and comparison cells -------------------------------------------------------------------

async function fetchAnalysis(id) {
  const reply = await request(`resume/histories/${id}/`);
  return reply.data || {};
}

async function openAnalysis(id) {
  if (live.isLive(id)) {
    live.showLive();
    focusAnalysis();
    return;
  }
  rescore.stop(); // a re-score on its way would replace the analysis about to be shown
  try {
    const item = await fetchAnalysis(id);
    const shownInputs = { resumeText: item.resume_text, jobDescription: item.job_description };
    if (item.status === "running") {
      live.attach(item, shownInputs);
    } else {
      live.showingPast();
      view.reset({ state: item.status || "completed", jobDescription: item.job_description, analysisId: item.id });
      view.showInputs(shownInputs);
      view.setAnalysis(item.ai_analysis);
      if (item.ai_analysis) view.setRaw(JSON.stringify(item.ai_analysis, null, 2));
      const when = item.created_at ? new Date(item.created_at).toLocaleString() : "";
      const words = {
        completed: `Analysis #${item.id} from ${when}.`,
        failed: `Analysis #${item.id} failed: ${item.error_message || item.error_code || "no result"}.`,
        cancelled: `Analysis #${item.id} was cancelled.`,
      };
      view.setState(item.status || "completed", words[item.status] || `Analysis #${item.id}.`);
      if (item.status === "completed") {
        view.setExport(item.id);
        rescore.setShown(item.ai_analysis);
      }
    }
    focusAnalysis();
  } catch (error) {
    say(ui.analyzeMessage, `Could not open analysis #${id}: ${error.message}`, "error");
  }
}

/** Put the inputs of past analysis `id` in the form; with `run`, analyze them again. */
async function loadAnalysis(id, { run }) {
  try {
    const item = await fetchAnalysis(id);
    inputs.fill({
      resumeText: item.resume_text || "",
      resumeId: item.resume_id || null,
      jobDescription: item.job_description || "",
    });
    if (item.status === "completed") rescore.setShown(item.ai_analysis);
  } catch (error) {
    say(ui.analyzeMessage, `Could not load analysis #${id}: ${error.message}`, "error");
    return;
  }
  if (run) {
    startAnalysis();
  } else {
    say(ui.analyzeMessage, `The inputs of analysis #${id} are in the form: edit them, or press Analyze.`, "success");
    inputs.resumeText.focus();
  }
}

/** A comparison cell: analyze its resume against its posting in full. */
async function openCell({ resumeId, job }) {
  try {
    const resumeText = await library.resumeText(resumeId);
    inputs.fill({ resumeText, resumeId, jobDescription: job.text || "", jobId: job.id, jobTitle: job.title || "" });
  } catch (error) {
    say(ui.analyzeMessage, `Could not open that pair: ${error.message}`, "error");
    return;
  }
  startAnalysis();
}

function focusAnalysis() {
  const title = byId("analysis-title");
  const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  view.panel.scrollIntoView({ behavior: reduced ? "auto" : "smooth", block: "start" });
  title.setAttribute("tabindex", "-1");
  title.focus({ preventScroll: true });
}

function forgetAnalysis(id) {
  if (live.forget(id)) view.reset({ message: `Analysis #${id} was deleted.` });
}

// ---- wiring -----------------------------------------------------------------------------------------------

ui.logout.addEventListener("click", onLogout);
ui.analyzeForm.addEventListener("submit", (event) => {
  event.preventDefault();
  startAnalysis();
});
ui.saveJob.addEventListener("click", saveJob);
document.addEventListener("api:unauthenticated", () => {
  if (!ui.appView.hidden) leaveApp("Your session has ended. Log in again.");
});

if (body.dataset.authenticated === "true") enterApp(body.dataset.userEmail || "");
else leaveApp("");
body.dataset.ready = "true";
