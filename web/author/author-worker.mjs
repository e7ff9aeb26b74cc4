// The authoring page's worker: runs the authoring engine (threshold_author_engine.mjs) off the page's
// thread, so that checking a large draft never holds up typing. One request at a time, in order; each
// part of the answer is posted as it is ready, tagged with the request's number.

import { createChecker } from './checks.mjs';

const BASE = new URL('.', import.meta.url);

const checker = createChecker({
  loadModule: () => import('./threshold_author_engine.mjs'),
  calendarText: (id) =>
    import(new URL(`calendars/${id}.mjs`, BASE).href).then(
      (m) => (typeof m.default === 'string' ? m.default : null),
      () => null,
    ),
});

let queue = Promise.resolve();

self.onmessage = (ev) => {
  const { seq, kind, request } = ev.data ?? {};
  queue = queue.then(async () => {
    if (kind === 'warm') {
      await checker.warm();
    } else if (kind === 'new') {
      self.postMessage({ seq, part: 'new', ...(await checker.newPack(request?.id)) });
    } else if (kind === 'safety') {
      await checker.safety(request ?? {}, (part) => self.postMessage({ seq, ...part }));
    } else {
      await checker.check(request ?? {}, (part) => self.postMessage({ seq, ...part }));
    }
    self.postMessage({ seq, part: 'done' });
  });
};
