// Where a JSON Pointer (RFC 6901) points in a JSON text: the range of that value, or of the nearest
// part of it the text has (a missing key points at the object that lacks it). Reads the text as it is,
// without building its value, and stops at the first thing it cannot read: a draft being typed is
// often not JSON yet.
//
//   rangeOf('{"a": [1, {"b": 2}]}', '/a/1/b')  // {from: 16, to: 17, found: true}

/** The pointer's reference tokens: "/a~1b/0" -> ["a/b", "0"]. */
export function tokens(pointer) {
  if (!pointer) return [];
  return String(pointer)
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const WS = new Set([' ', '\t', '\n', '\r']);

/**
 * @param {string} text the JSON text
 * @param {string} pointer
 * @returns {{from: number, to: number, found: boolean}} found: the whole pointer was followed
 */
export function rangeOf(text, pointer) {
  const path = tokens(pointer);
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text[i])) i += 1;
  };
  // Reads a string starting at text[i] === '"': its value, i after it.
  const string = () => {
    let out = '';
    i += 1;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        const c = text[i + 1];
        if (c === 'u') {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        out += { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' }[c] ?? c;
        i += 2;
        continue;
      }
      out += text[i];
      i += 1;
    }
    i += 1;
    return out;
  };
  // Moves i past the value at i; false when it cannot.
  const value = () => {
    skip();
    const c = text[i];
    if (c === '"') {
      string();
      return i <= text.length;
    }
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i += 1;
      skip();
      if (text[i] === close) {
        i += 1;
        return true;
      }
      for (;;) {
        skip();
        if (c === '{') {
          if (text[i] !== '"') return false;
          string();
          skip();
          if (text[i] !== ':') return false;
          i += 1;
        }
        if (!value()) return false;
        skip();
        if (text[i] === ',') {
          i += 1;
          continue;
        }
        if (text[i] === close) {
          i += 1;
          return true;
        }
        return false;
      }
    }
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    if (!m) return false;
    i += m[0].length;
    return true;
  };

  skip();
  let from = i;
  let to = i;
  const here = () => {
    const start = i;
    const ok = value();
    return { from: start, to: ok ? i : Math.min(text.length, start + 1) };
  };
  {
    const save = i;
    const r = here();
    from = r.from;
    to = r.to;
    i = save;
  }
  for (let depth = 0; depth < path.length; depth += 1) {
    skip();
    const c = text[i];
    const token = path[depth];
    let hit = false;
    if (c === '{') {
      i += 1;
      for (;;) {
        skip();
        if (text[i] !== '"') break;
        const key = string();
        skip();
        if (text[i] !== ':') break;
        i += 1;
        skip();
        if (key === token) {
          hit = true;
          break;
        }
        if (!value()) break;
        skip();
        if (text[i] !== ',') break;
        i += 1;
      }
    } else if (c === '[' && /^\d+$/.test(token)) {
      i += 1;
      for (let n = 0; ; n += 1) {
        skip();
        if (text[i] === ']') break;
        if (n === Number(token)) {
          hit = true;
          break;
        }
        if (!value()) break;
        skip();
        if (text[i] !== ',') break;
        i += 1;
      }
    }
    if (!hit) return { from, to, found: false };
    const save = i;
    const r = here();
    from = r.from;
    to = r.to;
    i = save;
  }
  return { from, to, found: true };
}
