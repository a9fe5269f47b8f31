// The logged-out view: log in and create an account (CSRF-correct calls to the auth API).

import { request } from "./api.js";
import { byId, h, say } from "./dom.js";

const FIELD_LABELS = { email: "Email", password: "Password", first_name: "First name", last_name: "Last name" };
const GENERAL_FIELDS = new Set(["non_field_errors", "detail"]);

/**
 * Return every message of a refused request as [field, sentence] pairs, the field in words ("" for errors
 * about the whole form), never the API's raw keys.
 */
export function errorLines(error) {
  const errors = error && error.data && error.data.errors;
  if (!errors || typeof errors !== "object" || Array.isArray(errors)) return [["", error.message]];
  const lines = [];
  const walk = (field, value) => {
    if (Array.isArray(value)) value.forEach((item) => walk(field, item));
    else if (value && typeof value === "object") Object.values(value).forEach((item) => walk(field, item));
    else if (value !== null && value !== undefined && String(value)) lines.push([field, String(value)]);
  };
  for (const [field, value] of Object.entries(errors)) walk(field, value);
  if (!lines.length) return [["", error.message]];
  return lines.map(([field, text]) => {
    if (GENERAL_FIELDS.has(field)) return ["", text];
    const label = FIELD_LABELS[field] || field.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
    return [field, text.startsWith(label) ? text : `${label}: ${text}`];
  });
}

function formValues(form) {
  return Object.fromEntries(Array.from(new FormData(form).entries(), ([k, v]) => [k, String(v).trim()]));
}

/** The login and registration forms; `onLoggedIn(email)` is called after a successful login. */
export class AccountForms {
  constructor({ onLoggedIn }) {
    this.onLoggedIn = onLoggedIn;
    this.loginForm = byId("login-form");
    this.loginMessage = byId("login-message");
    this.registerForm = byId("register-form");
    this.registerMessage = byId("register-message");
    this.loginForm.addEventListener("submit", (event) => this.login(event));
    this.registerForm.addEventListener("submit", (event) => this.register(event));
  }

  /** Show every error of `error` in `box` and mark the fields they name as invalid in `form`. */
  showErrors(form, box, error) {
    const lines = errorLines(error);
    for (const [field] of lines) {
      const input = field && form.elements[field];
      if (input) input.setAttribute("aria-invalid", "true");
    }
    box.dataset.tone = "error";
    if (lines.length === 1) box.textContent = lines[0][1];
    else box.replaceChildren(h("ul", { class: "error-list" }, ...lines.map(([, text]) => h("li", { text }))));
  }

  clearErrors(form) {
    for (const input of form.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
  }

  /** Show `message` above the login form and put the focus on it. */
  showLoggedOut(message) {
    say(this.loginMessage, message, "info");
    this.loginForm.elements.email.focus();
  }

  async login(event) {
    event.preventDefault();
    const values = formValues(this.loginForm);
    if (!values.email || !values.password) {
      say(this.loginMessage, "Enter your email and password.", "error");
      return;
    }
    const button = this.loginForm.querySelector("button[type=submit]");
    button.disabled = true;
    this.clearErrors(this.loginForm);
    say(this.loginMessage, "Logging in…");
    try {
      await this.signIn(values);
      this.loginForm.reset();
      say(this.loginMessage, "");
    } catch (error) {
      this.showErrors(this.loginForm, this.loginMessage, error);
    } finally {
      button.disabled = false;
    }
  }

  /** Log in with `email` and `password`, then enter the app as the account the server confirms. */
  async signIn({ email, password }) {
    await request("auth/login/", { method: "POST", json: { email, password } });
    const me = await request("users/me/");
    this.onLoggedIn((me.data && me.data.email) || email);
  }

  async register(event) {
    event.preventDefault();
    const values = formValues(this.registerForm);
    this.clearErrors(this.registerForm);
    const missing = ["first_name", "last_name", "email", "password"].filter((key) => !values[key]);
    if (missing.length) {
      const errors = Object.fromEntries(missing.map((key) => [key, ["This field is required."]]));
      this.showErrors(this.registerForm, this.registerMessage, { message: "", data: { errors } });
      return;
    }
    const button = this.registerForm.querySelector("button[type=submit]");
    button.disabled = true;
    say(this.registerMessage, "Creating your account…");
    try {
      await request("auth/register/", { method: "POST", json: values });
    } catch (error) {
      this.showErrors(this.registerForm, this.registerMessage, error);
      button.disabled = false;
      return;
    }
    // The account exists: sign in with the same details, so that the person lands in the app.
    try {
      await this.signIn(values);
      this.registerForm.reset();
      say(this.registerMessage, "");
    } catch (error) {
      say(this.registerMessage, `Account created, but signing in failed: ${error.message} Log in below.`, "error");
      this.loginForm.elements.email.value = values.email;
    } finally {
      button.disabled = false;
    }
  }
}
