// The site build's vouch for a pack text: "sha256-<base64>" of exactly the text it validated
// (tools/build-site.mjs). A text whose SHA-256 matches loads through the engine's fast path, without
// its cross-reference checks; any other text, a changed one included, is validated in full and
// refused with the engine's errors. Where the engine runs in a worker, the worker checks the vouch
// (hashing the text takes the checking thread's time): the page's thread only passes it on.

/** SHA-256 of the text's UTF-8 bytes as "sha256-<base64>", or null where there is no crypto.subtle. */
export async function digest(text) {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const bytes = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return `sha256-${btoa(binary)}`;
  } catch {
    return null;
  }
}

const isClaim = (text, vouch) => typeof text === 'string' && typeof vouch === 'string' && vouch.startsWith('sha256-');

/** The vouches one engine layer has seen: the texts checked, and those left for its worker to check. */
export class Vouches {
  constructor() {
    /** Pack texts whose SHA-256 matched their vouch. */
    this.vouched = new Set();
    /** The vouch each pack text came with, for the engine's worker to check (off this thread). */
    this.claimed = new Map();
  }

  /**
   * Hashes the text and records it for the fast path when it matches the vouch.
   * @returns {Promise<boolean>}
   */
  async check(text, vouch) {
    if (!isClaim(text, vouch)) return false;
    const ok = (await digest(text)) === vouch;
    if (ok) this.vouched.add(text);
    return ok;
  }

  /**
   * Keeps the vouch for the engine's worker, which checks it before it loads the text.
   * @returns {false|null} false for no vouch at all, null: left to the worker
   */
  claim(text, vouch) {
    if (!isClaim(text, vouch)) return false;
    this.claimed.set(text, vouch);
    return null;
  }

  /** Whether the text matched its vouch here. */
  has(text) {
    return this.vouched.has(text);
  }

  /** The vouch the text came with, for the worker, or null. */
  claimOf(text) {
    return this.claimed.get(text) ?? null;
  }

  /** Checks here every vouch left for a worker that did not start. */
  checkClaims() {
    return Promise.all([...this.claimed].map(([text, vouch]) => this.check(text, vouch)));
  }
}
