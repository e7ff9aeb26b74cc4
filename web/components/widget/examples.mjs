// Examples of the <threshold-screener> element's own states: a page drawn in a shadow root styled by
// the widget's stylesheet (threshold-screener-styles.mjs, as the element adopts it), and the message
// shown where the browser cannot style a shadow root.

import { h } from '../../screener/dom.mjs';
import { dangerPage } from '../danger/danger.mjs';
import { pageContext } from '../../examples/context.mjs';
import strings from './strings.mjs';

/** @typedef {import('../../examples/example.mjs').Example} Example */

/** The widget's stylesheet, beside the examples page in the site. */
async function widgetSheet() {
  const css = (await import(new URL('threshold-screener-styles.mjs', document.baseURI).href)).default;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

/** @type {Example[]} */
export const examples = [
  {
    name: 'A page in the shadow root, with the widget stylesheet',
    render: (root) => {
      const host = h('div', { class: 'ts-examples__widget-host' });
      root.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      const mount = h('div', { class: 'ts-widget' });
      const screener = h('div', { class: 'ts-screener govuk-frontend-supported' });
      mount.append(screener);
      shadow.append(mount);
      screener.append(dangerPage(pageContext(screener)).node);
      // Drawn once the stylesheet is adopted (the examples page waits for every pending example).
      root.dataset.pending = 'true';
      widgetSheet().then((sheet) => {
        shadow.adoptedStyleSheets = [sheet];
        delete root.dataset.pending;
      });
    },
  },
  {
    name: 'No constructable stylesheets: the message',
    render: (root) => root.append(h('div', { class: 'ts-widget' }, strings.noStyles)),
  },
];
