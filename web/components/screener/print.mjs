// Printing: every closed details element opens before the browser prints (the printout holds the
// detail after the summary) and closes again afterwards. Details marked data-print="skip" (aids for
// the screen) stay closed.

export class PrintOpener {
  /** @param {() => ParentNode} root where the screener draws */
  constructor(root) {
    this.root = root;
    /** @type {HTMLDetailsElement[]} */
    this.opened = [];
    this.before = () => {
      this.opened = [
        ...this.root().querySelectorAll(/** @type {'details'} */ ('details:not([open]):not([data-print="skip"])')),
      ];
      for (const d of this.opened) d.open = true;
    };
    this.after = () => {
      for (const d of this.opened) d.open = false;
      this.opened = [];
    };
  }

  listen() {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
  }

  stop() {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
  }
}
