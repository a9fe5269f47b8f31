// A word-level diff, to highlight what the recommended rewrite changes in the original sentence.

const MAX_TOKENS = 400;

function tokens(text) {
  return String(text || "").match(/\S+|\s+/g) || [];
}

/**
 * Return {before, after}: lists of {text, changed} segments. Words kept by the rewrite are unchanged;
 * words only in the original are changed in `before`, words only in the rewrite are changed in `after`.
 */
export function wordDiff(original, rewrite) {
  const a = tokens(original);
  const b = tokens(rewrite);
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) {
    return { before: [{ text: a.join(""), changed: false }], after: [{ text: b.join(""), changed: true }] };
  }
  const isSpace = (t) => /^\s+$/.test(t);
  // lcs[i][j]: length of the longest common word subsequence of a[i:] and b[j:].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const before = [];
  const after = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      before.push({ text: a[i], changed: false });
      after.push({ text: b[j], changed: false });
      i += 1;
      j += 1;
    } else if (j < b.length && (i >= a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      after.push({ text: b[j], changed: !isSpace(b[j]) });
      j += 1;
    } else {
      before.push({ text: a[i], changed: !isSpace(a[i]) });
      i += 1;
    }
  }
  return { before, after };
}
