// The analysis WebSocket: one connection authenticated by the session cookie, reconnecting with backoff.

const NOT_AUTHENTICATED_CLOSE = 4401;
const BACKOFF_MS = [500, 1000, 2000, 3000, 5000, 10000];

/**
 * A reconnecting socket. `onFrame(frame)` gets each parsed server frame; `onState(state, detail)` gets
 * "connecting" | "open" | "reconnecting" (detail: seconds until the next try) | "closed" | "unauthenticated".
 */
export class AnalysisSocket {
  constructor({ path, onFrame, onState }) {
    this.url = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}${path}`;
    this.onFrame = onFrame;
    this.onState = onState;
    this.socket = null;
    this.attempt = 0;
    this.timer = null;
    this.wanted = false;
  }

  /** Open the connection (and keep it open until `close`). */
  open() {
    this.wanted = true;
    if (this.socket) return;
    this.onState(this.attempt ? "reconnecting" : "connecting", 0);
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.addEventListener("message", (event) => {
      let frame;
      try {
        frame = JSON.parse(event.data);
      } catch {
        return; // the server only sends JSON; ignore anything else
      }
      if (frame && typeof frame === "object") {
        if (frame.type === "connected") {
          this.attempt = 0;
          this.onState("open", 0);
        }
        this.onFrame(frame);
      }
    });
    socket.addEventListener("close", (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (event.code === NOT_AUTHENTICATED_CLOSE) {
        this.wanted = false;
        this.onState("unauthenticated", 0);
        return;
      }
      if (!this.wanted) {
        this.onState("closed", 0);
        return;
      }
      const delay = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)];
      this.attempt += 1;
      this.onState("reconnecting", Math.ceil(delay / 1000));
      this.timer = setTimeout(() => {
        this.timer = null;
        this.open();
      }, delay);
    });
  }

  /** Send one client frame; return false when not connected. */
  send(frame) {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  /** Close for good (logout): no reconnect. */
  close() {
    this.wanted = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const socket = this.socket;
    this.socket = null;
    if (socket) socket.close(1000);
    this.onState("closed", 0);
  }
}
