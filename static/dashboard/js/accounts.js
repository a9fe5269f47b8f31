// The logged-out view: log in and create an account (CSRF-correct calls to the auth API).

import { request } from "./api.js";
import { byId, say } from "./dom.js";

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
    say(this.loginMessage, "Logging in…");
    try {
      await request("auth/login/", { method: "POST", json: { email: values.email, password: values.password } });
      const me = await request("users/me/");
      this.loginForm.reset();
      say(this.loginMessage, "");
      this.onLoggedIn((me.data && me.data.email) || values.email);
    } catch (error) {
      say(this.loginMessage, error.message, "error");
    } finally {
      button.disabled = false;
    }
  }

  async register(event) {
    event.preventDefault();
    const values = formValues(this.registerForm);
    if (["first_name", "last_name", "email", "password"].some((key) => !values[key])) {
      say(this.registerMessage, "Fill in every field.", "error");
      return;
    }
    const button = this.registerForm.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      await request("auth/register/", { method: "POST", json: values });
      this.registerForm.reset();
      say(this.registerMessage, "Account created. Log in with your email and password.", "success");
      this.loginForm.elements.email.value = values.email;
      this.loginForm.elements.password.focus();
    } catch (error) {
      say(this.registerMessage, error.message, "error");
    } finally {
      button.disabled = false;
    }
  }
}
