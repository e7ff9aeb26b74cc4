// Examples of the static first screen (the no-JavaScript fallback), from the markup the site build
// writes into index.html: the examples page carries it in <template id="ts-example-fallback">.

/** @typedef {import('../../examples/example.mjs').Example} Example */

let copies = 0;

/**
 * A copy of the site's fallback block, its ids made unique on the page, with the state's classes.
 * @param {string[]} classes
 */
const fallback = (classes) => (root) => {
  const template = document.getElementById('ts-example-fallback');
  if (!(template instanceof HTMLTemplateElement)) throw new Error('the examples page has no fallback template');
  const block = /** @type {DocumentFragment} */ (template.content.cloneNode(true));
  copies += 1;
  for (const el of block.querySelectorAll('[id]')) el.id = `${el.id}-${copies}`;
  for (const el of block.querySelectorAll('[aria-labelledby]'))
    el.setAttribute('aria-labelledby', `${el.getAttribute('aria-labelledby')}-${copies}`);
  for (const el of block.querySelectorAll('a[href^="#"]'))
    el.setAttribute('href', `${el.getAttribute('href')}-${copies}`);
  block.querySelector('.ts-fallback')?.classList.add(...classes);
  root.append(block);
};

/** @type {Example[]} */
export const examples = [
  { name: 'The first screen, while the screener loads (Start now works)', render: fallback([]) },
  { name: 'The screener cannot run here (Start now hidden)', render: fallback(['ts-fallback--static']) },
  { name: 'The page script could not load', render: fallback(['ts-fallback--unloaded']) },
];
