// The preview: the screener itself (web/components/screener), running the draft. The screener takes
// its guidance from a pack source (web/screener/packs.mjs); this one holds the draft in memory. When
// the draft changes, the screener loads it again and redraws the page it is on with the same answers,
// so an author sees at once what a change does to a result.

import { Screener } from '../components/screener/screener.mjs';
import { failure } from '../screener/engine.mjs';

/**
 * A pack source (the shape of web/screener/packs.mjs) over the draft in memory.
 * @param {(id: string) => Promise<string|null>} calendar a calendar's JSON text by id, or null
 * @param {() => {id: string, name: string, text: string, calendar: string|null} | null} current the draft
 */
export function draftSource(calendar, current) {
  return {
    kind: 'draft',
    async index() {
      const d = current();
      return { ok: true, packs: d ? [{ id: d.id, name: d.name, area: d.name }] : [] };
    },
    async packText(id) {
      const d = current();
      return d && d.id === id
        ? { ok: true, text: d.text, calendar: d.calendar }
        : failure('pack.unknown', `there is no draft "${id}"`);
    },
    async firstPages() {
      return failure('pack.no_first_pages', 'a draft has no description from the build');
    },
    async calendarText(id) {
      const text = await calendar(id);
      return text == null ? failure('calendar.unknown', `there is no calendar "${id}"`) : { ok: true, text };
    },
    referenceUrl() {
      return null;
    },
  };
}

export class Preview {
  /**
   * @param {HTMLElement} host where the screener draws
   * @param {(id: string) => Promise<string|null>} calendar a calendar's JSON text by id, or null
   */
  constructor(host, calendar) {
    this.host = host;
    this.draft = null;
    this.source = draftSource(calendar, () => this.draft);
    this.screener = null;
    this.queue = Promise.resolve();
  }

  /** Shows the draft (it loaded in the authoring engine): {id, name, text, calendar}. */
  show(draft) {
    this.queue = this.queue.then(() => this.showNow(draft)).catch(() => this.restart(draft));
    return this.queue;
  }

  async showNow(draft) {
    if (this.draft && this.draft.text === draft.text) return;
    const sameGuidance = this.screener && this.draft?.id === draft.id;
    this.draft = draft;
    if (!sameGuidance) return this.restart(draft);
    const s = this.screener;
    if (!(await s.whenReady)) return this.restart(draft);
    // Load the new text in place of the old, and redraw the page on show with the same answers.
    const r = await s.reloadPack(draft.id);
    if (!r.ok) return this.restart(draft);
    this.host.dispatchEvent(new CustomEvent('ts-author:preview-updated', { bubbles: true }));
    return undefined;
  }

  async restart(draft) {
    this.draft = draft;
    this.screener?.stop();
    const mount = document.createElement('div');
    this.host.replaceChildren(mount);
    this.screener = new Screener(mount, { source: this.source, pack: draft.id, mode: 'widget', headingLevel: 3 });
    await this.screener.start();
    this.host.dispatchEvent(new CustomEvent('ts-author:preview-updated', { bubbles: true }));
  }
}
