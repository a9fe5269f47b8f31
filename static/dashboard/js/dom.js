// Build DOM nodes from data without ever parsing HTML: every string becomes a Text node.

/**
 * Return a new element. `attrs.text` sets textContent, `attrs.class` the class list; other keys are
 * attributes chosen by this code (never by the server). Children may be nodes or strings.
 */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = String(value);
    else if (key === "class") node.className = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

/** Return the element with this id (the page defines all of them). */
export function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`dashboard: #${id} is missing from the page`);
  return node;
}

/** Show `message` in a message element, or hide it when empty. */
export function say(node, message, tone = "info") {
  node.textContent = message || "";
  node.dataset.tone = tone;
  if (node.classList.contains("alert")) node.hidden = !message;
}

/** Return `text` cut to `limit` characters with an ellipsis. */
export function excerpt(text, limit) {
  const flat = String(text || "").replace(/\s+/g, " ").trim();
  return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
}
