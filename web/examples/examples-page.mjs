// The examples page (build/site/examples.html, site only): every example of every component, each under
// its own heading, drawn under the site's Content Security Policy. tools/build-site.mjs bundles it;
// e2e/components.spec.ts runs axe over the whole page and checks that no example scrolls sideways.

import { h } from '../screener/dom.mjs';
import { examples as actions } from '../components/actions/examples.mjs';
import { examples as age } from '../components/age/examples.mjs';
import { examples as consent } from '../components/consent/examples.mjs';
import { examples as contact } from '../components/contact/examples.mjs';
import { examples as danger } from '../components/danger/examples.mjs';
import { examples as emergency } from '../components/emergency/examples.mjs';
import { examples as entry } from '../components/entry/examples.mjs';
import { examples as fallback } from '../components/fallback/examples.mjs';
import { examples as indicators } from '../components/indicators/examples.mjs';
import { examples as involvement } from '../components/involvement/examples.mjs';
import { examples as mobility } from '../components/mobility/examples.mjs';
import { examples as partnership } from '../components/partnership/examples.mjs';
import { examples as pathway } from '../components/pathway/examples.mjs';
import { examples as question } from '../components/question/examples.mjs';
import { examples as result } from '../components/result/examples.mjs';
import { examples as screener } from '../components/screener/examples.mjs';
import { examples as seeing } from '../components/seeing/examples.mjs';
import { examples as start } from '../components/start/examples.mjs';
import { examples as steps } from '../components/steps/examples.mjs';
import { examples as widget } from '../components/widget/examples.mjs';

/** Every component folder's examples, by folder name. */
export const COMPONENTS = {
  actions,
  age,
  consent,
  contact,
  danger,
  emergency,
  entry,
  fallback,
  indicators,
  involvement,
  mobility,
  partnership,
  pathway,
  question,
  result,
  screener,
  seeing,
  start,
  steps,
  widget,
};

const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function draw() {
  const main = document.getElementById('main-content');
  const contents = h(
    'ul',
    { class: 'govuk-list ts-examples__contents' },
    Object.entries(COMPONENTS).map(([name, examples]) =>
      h('li', null, h('a', { class: 'govuk-link', href: `#${name}` }, `${name} (${examples.length})`)),
    ),
  );
  main.append(h('nav', { 'aria-label': 'Components' }, contents));
  for (const [name, examples] of Object.entries(COMPONENTS)) {
    const section = h(
      'section',
      { class: 'ts-examples__component', id: name, 'data-component': name, 'aria-labelledby': `${name}-title` },
      h('h2', { class: 'govuk-heading-l', id: `${name}-title` }, name),
    );
    main.append(section);
    for (const example of examples) {
      const id = `${name}--${slug(example.name)}`;
      const root = h('div', { class: 'ts-screener govuk-frontend-supported ts-examples__frame' });
      section.append(
        h(
          'div',
          { class: 'ts-examples__example', 'data-example': id },
          h('h3', { class: 'govuk-heading-m ts-examples__name', id }, example.name),
          root,
        ),
      );
      try {
        example.render(root);
      } catch (e) {
        console.error(`example ${id}: ${e.stack || e.message}`);
        root.replaceChildren(h('p', { class: 'govuk-error-message' }, `This example failed: ${e.message}`));
      }
    }
  }
  // Some examples finish drawing later (the widget's stylesheet): ready once none is pending.
  const settle = () => {
    if (document.querySelector('[data-pending]')) setTimeout(settle, 20);
    else document.body.dataset.state = 'ready';
  };
  settle();
}

draw();
