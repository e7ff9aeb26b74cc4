// What every component's examples.mjs exports (after GOV.UK Frontend's fixtures): one named example
// for each state the component can be in, drawn into an element of the examples page
// (build/site/examples.html, written by tools/build-site.mjs; e2e/components.spec.ts runs axe over
// every example and checks that none scrolls sideways at 320 px).

/**
 * @typedef {object} Example
 * @property {string} name the state, in words ("Level 3: consent refused, route withheld")
 * @property {(root: HTMLElement) => void} render draws the component in that state into `root`
 */

export {};
