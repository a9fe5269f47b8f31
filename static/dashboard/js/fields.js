// Read the top-level fields of a JSON object while it is still streaming in.

const WHITESPACE = new Set([" ", "\n", "\r", "\t"]);

/** Return the index just past the JSON string starting at `start` (a quote), or -1 if it is incomplete. */
function stringEnd(text, start) {
  for (let i = start + 1; i < text.length; i += 1) {
    if (text[i] === "\\") i += 1;
    else if (text[i] === '"') return i + 1;
  }
  return -1;
}

/** Return the index just past the JSON value starting at `start`, or -1 if it is incomplete. */
function valueEnd(text, start) {
  const first = text[start];
  if (first === '"') return stringEnd(text, start);
  if (first === "{" || first === "[") {
    let depth = 0;
    for (let i = start; i < text.length; i += 1) {
      const c = text[i];
      if (c === '"') {
        const end = stringEnd(text, i);
        if (end < 0) return -1;
        i = end - 1;
      } else if (c === "{" || c === "[") depth += 1;
      else if (c === "}" || c === "]") {
        depth -= 1;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  }
  // A number or literal is complete only once a delimiter follows it.
  for (let i = start; i < text.length; i += 1) {
    if (text[i] === "," || text[i] === "}" || WHITESPACE.has(text[i])) return i;
  }
  return -1;
}

/** Collects streamed text and yields each top-level field of the object once its value is complete. */
export class FieldScanner {
  constructor() {
    this.text = "";
    this.pos = 0;
    this.opened = false;
    this.broken = false;
  }

  /** Add `delta` and return the [name, value] pairs completed by it. */
  push(delta) {
    this.text += delta;
    const found = [];
    while (!this.broken) {
      const pair = this.next();
      if (!pair) break;
      found.push(pair);
    }
    return found;
  }

  skipSpace() {
    while (this.pos < this.text.length && WHITESPACE.has(this.text[this.pos])) this.pos += 1;
  }

  next() {
    const text = this.text;
    this.skipSpace();
    if (!this.opened) {
      if (this.pos >= text.length) return null;
      if (text[this.pos] !== "{") {
        this.broken = true;
        return null;
      }
      this.opened = true;
      this.pos += 1;
    }
    let i = this.pos;
    while (i < text.length && (WHITESPACE.has(text[i]) || text[i] === ",")) i += 1;
    if (i >= text.length || text[i] !== '"') {
      if (i < text.length && text[i] !== "}") this.broken = true;
      return null;
    }
    const keyEnd = stringEnd(text, i);
    if (keyEnd < 0) return null;
    let j = keyEnd;
    while (j < text.length && WHITESPACE.has(text[j])) j += 1;
    if (j >= text.length) return null;
    if (text[j] !== ":") {
      this.broken = true;
      return null;
    }
    j += 1;
    while (j < text.length && WHITESPACE.has(text[j])) j += 1;
    if (j >= text.length) return null;
    const end = valueEnd(text, j);
    if (end < 0) return null;
    try {
      const pair = [JSON.parse(text.slice(i, keyEnd)), JSON.parse(text.slice(j, end))];
      this.pos = end;
      return pair;
    } catch {
      this.broken = true;
      return null;
    }
  }
}
