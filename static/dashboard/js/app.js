// The dashboard controller: logged-in/out views, the live analysis over the WebSocket, wiring of the panels.

import { AccountForms } from "./accounts.js";
import { AnalysisView } from "./analysis.js";
import { ApiError, request } from "./api.js";
import { byId, say } from "./dom.js";
import { HistoryView } from "./history.js";
import { LiveAnalysis } from "./live.js";
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
  resumeText: byId("resume-text"),
  resumeCount: byId("resume-count"),
  jobDescription: byId("job-description"),
  jobCount: byId("job-count"),
  analyzeMessage: byId("analyze-message"),
};

const accounts = new AccountForms({ onLoggedIn: enterApp });
const upload = new UploadPanel({ onExtracted: useExtractedResume });
const view = new AnalysisView();
const historyView = new HistoryView({ onOpen: openAnalysis, onDeleted: forgetAnalysis });
const socket = new AnalysisSocket({ path: body.dataset.wsPath, onFrame, onState: showConnection });
const live = new LiveAnalysis({ view, socket, onFinished: () => historyView.load(1) });

const state = {
  resume: null, // {id, text}: sent as resume_id while the textarea still holds exactly this text
  engine: "",
  model: "",
  limits: {},
};

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
  socket.open();
  historyView.load(1);
  updateCounters();
  ui.resumeText.focus();
}

function leaveApp(message) {
  socket.close();
  live.reset();
  state.resume = null;
  ui.analyzeForm.reset();
  upload.reset();
  view.reset();
  historyView.clear();
  ui.account.hidden = true;
  ui.connection.hidden = true;
  ui.appView.hidden = true;
  ui.authView.hidden = false;
  accounts.showLoggedOut(message);
}

function useExtractedResume({ text, resumeId }) {
  ui.resumeText.value = text;
  state.resume = resumeId ? { id: resumeId, text } : null;
  updateCounters();
}

// ---- text limits ------------------------------------------------------------------------------------------

function characterLimit(kind) {
  const limit = state.limits[kind === "resume" ? "max_resume_chars" : "max_job_description_chars"];
  return Number.isFinite(limit) ? limit : null;
}

function updateCounters() {
  for (const [field, counter, kind] of [
    [ui.resumeText, ui.resumeCount, "resume"],
    [ui.jobDescription, ui.jobCount, "job"],
  ]) {
    const limit = characterLimit(kind);
    const length = field.value.length;
    counter.textContent = limit
      ? `${length.toLocaleString()} of ${limit.toLocaleString()} characters`
      : `${length.toLocaleString()} characters`;
    counter.dataset.tone = limit && length > limit ? "error" : "info";
  }
}

// ---- analyze ----------------------------------------------------------------------------------------------

function onAnalyze(event) {
  event.preventDefault();
  say(ui.analyzeMessage, "");
  const resumeText = ui.resumeText.value;
  const jobDescription = ui.jobDescription.value;
  if (!resumeText.trim()) {
    say(ui.analyzeMessage, "Add your resume first: upload a file or paste the text.", "error");
    ui.resumeText.focus();
    return;
  }
  if (!jobDescription.trim()) {
    say(ui.analyzeMessage, "Paste the job description first.", "error");
    ui.jobDescription.focus();
    return;
  }
  for (const [kind, text, label] of [
    ["resume", resumeText, "The resume"],
    ["job", jobDescription, "The job description"],
  ]) {
    const limit = characterLimit(kind);
    if (limit && text.length > limit) {
      say(ui.analyzeMessage, `${label} is too long: at most ${limit.toLocaleString()} characters.`, "error");
      return;
    }
  }
  const sameUpload = state.resume && state.resume.text === resumeText;
  const source = sameUpload ? { resume_id: state.resume.id } : { resume_text: resumeText };
  if (!live.start({ source, jobDescription })) {
    say(ui.analyzeMessage, "Not connected to the server yet. Wait for “Connected” and press Analyze again.", "error");
  }
}

function onFrame(frame) {
  if (frame.type !== "connected") {
    live.handle(frame);
    return;
  }
  const data = frame.data || {};
  state.engine = data.engine || "";
  state.model = data.model || "";
  state.limits = data.limits || {};
  updateCounters();
  live.reattach();
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

// ---- opening a past analysis ------------------------------------------------------------------------------

async function openAnalysis(id) {
  if (live.isLive(id)) {
    live.showLive();
    focusAnalysis();
    return;
  }
  try {
    const reply = await request(`resume/histories/${id}/`);
    const item = reply.data || {};
    const inputs = { resumeText: item.resume_text, jobDescription: item.job_description };
    if (item.status === "running") {
      live.attach(item, inputs);
    } else {
      live.showingPast();
      view.reset({ state: item.status || "completed", jobDescription: item.job_description, analysisId: item.id });
      view.showInputs(inputs);
      view.setAnalysis(item.ai_analysis);
      if (item.ai_analysis) view.setRaw(JSON.stringify(item.ai_analysis, null, 2));
      const when = item.created_at ? new Date(item.created_at).toLocaleString() : "";
      const words = {
        completed: `Analysis #${item.id} from ${when}.`,
        failed: `Analysis #${item.id} failed: ${item.error_message || item.error_code || "no result"}.`,
        cancelled: `Analysis #${item.id} was cancelled.`,
      };
      view.setState(item.status || "completed", words[item.status] || `Analysis #${item.id}.`);
    }
    focusAnalysis();
  } catch (error) {
    say(ui.analyzeMessage, `Could not open analysis #${id}: ${error.message}`, "error");
  }
}

function focusAnalysis() {
  const title = byId("analysis-title");
  view.panel.scrollIntoView({ behavior: "smooth", block: "start" });
  title.setAttribute("tabindex", "-1");
  title.focus({ preventScroll: true });
}

function forgetAnalysis(id) {
  if (live.forget(id)) view.reset({ message: `Analysis #${id} was deleted.` });
}

// ---- wiring -----------------------------------------------------------------------------------------------

ui.logout.addEventListener("click", onLogout);
ui.analyzeForm.addEventListener("submit", onAnalyze);
ui.resumeText.addEventListener("input", updateCounters);
ui.jobDescription.addEventListener("input", updateCounters);
document.addEventListener("api:unauthenticated", () => {
  if (!ui.appView.hidden) leaveApp("Your session has ended. Log in again.");
});

if (body.dataset.authenticated === "true") enterApp(body.dataset.userEmail || "");
else leaveApp("");
body.dataset.ready = "true";
