// The authoring engine's checks of a draft, in the order an author needs them: the reader and its
// checks first (every problem with its JSON Pointer), then the test cases, the differences from the
// file as opened and the reference; apart, the safety checks over the whole answer space (the slow
// one: several seconds for the largest guidance, so the page runs them in a worker of their own and
// stops them when the draft changes). Runs in the authoring worker (author-worker.mjs), or on the
// page's thread where a worker cannot start. Never throws: every failure is a {code, message, path}.
//
//   const checker = createChecker({ loadModule, calendarText });
//   await checker.check({ pack, scenarios, opened, render: true }, (part) => show(part));

const CALENDAR_ID = /^[a-z0-9_-]+$/;

function messageOf(e) {
  return e && typeof e === 'object' && 'message' in e ? String(e.message) : String(e);
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { code: 'engine.bad_result', message: messageOf(e), path: '' } };
  }
}

/**
 * @param {object} o
 * @param {() => Promise<object>} o.loadModule the Emscripten module's factory module (threshold_author_engine.mjs)
 * @param {(id: string) => Promise<string|null>} o.calendarText a bank-holiday calendar's JSON text by id
 */
export function createChecker({ loadModule, calendarText }) {
  let instance = null;
  let openedLoaded = null; // the text loaded as "opened", or null
  const start = () => {
    instance ??= loadModule().then((m) => m.default());
    return instance;
  };
  const call = async (name, ...args) => {
    try {
      const engine = await start();
      return parse(engine[name](...args));
    } catch (e) {
      // A trap or abort ends the instance: the next call starts a fresh one, with nothing loaded.
      instance = null;
      openedLoaded = null;
      return {
        ok: false,
        error: { code: 'engine.restarted', message: `The checks stopped: ${messageOf(e)}`, path: '' },
      };
    }
  };
  const calendarFor = async (packText) => {
    const named = (await call('calendar_of', packText)) ?? '';
    const id = typeof named === 'string' && CALENDAR_ID.test(named) ? named : 'england-and-wales';
    return (await calendarText(id)) ?? (await calendarText('england-and-wales')) ?? '';
  };

  return {
    /** Starts the engine and reads the usual calendar, so that nothing is fetched once the page is ready. */
    async warm() {
      await start().catch(() => null);
      await calendarText('england-and-wales');
    },

    /** The files `threshold new ID` writes: {ok, pack, scenarios, readme} or {ok: false, error}. */
    newPack: (id) => call('new_pack', String(id)),

    /**
     * Checks a draft; `onPart` gets each part as it is ready:
     *  {part: 'load', ok, pack_id, counts} or {part: 'load', ok: false, errors}
     *  {part: 'scenarios', ok, results} or {..., ok: false, errors}   (when there are test cases)
     *  {part: 'diff', ok, text, diff}                                   (when a file was opened)
     *  {part: 'render', ok, html}                                       (when asked)
     *  {part: 'safety', ok, combinations, problems}
     * Parts after 'load' come only when the draft loads.
     */
    async check({ pack, scenarios, opened, render }, onPart) {
      const calendar = await calendarFor(pack);
      const loaded = await call('load', 'draft', pack, calendar);
      onPart({ part: 'load', ...loaded });
      if (!loaded.ok) return;
      if (typeof scenarios === 'string' && scenarios.trim())
        onPart({ part: 'scenarios', ...(await call('scenarios', 'draft', scenarios)) });
      if (typeof opened === 'string') {
        if (openedLoaded !== opened) {
          const o = await call('load', 'opened', opened, await calendarFor(opened));
          openedLoaded = o.ok ? opened : null;
          if (!o.ok) onPart({ part: 'diff', ok: false, error: o.error, opened: true });
        }
        if (openedLoaded === opened) onPart({ part: 'diff', ...(await call('diff', 'opened', 'draft')) });
      }
      if (render) onPart({ part: 'render', ...(await call('render', 'draft')) });
    },

    /** The safety checks of a draft: {part: 'safety', ok, combinations, problems} (or its load's errors). */
    async safety({ pack }, onPart) {
      const loaded = await call('load', 'safety', pack, await calendarFor(pack));
      if (!loaded.ok) return onPart({ part: 'safety', ok: true, combinations: 0, problems: [] });
      return onPart({ part: 'safety', ...(await call('safety', 'safety')) });
    },
  };
}
