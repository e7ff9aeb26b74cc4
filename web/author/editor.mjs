// The code editor: CodeMirror 6 with JSON highlighting, completion from the pack schema, and the
// engine's problems as inline diagnostics. It lives in a shadow root: CodeMirror styles itself with
// constructable stylesheets there (in the document it would add <style> elements, which the page's
// Content Security Policy blocks).

import { EditorView, basicSetup } from 'codemirror';
import { EditorState, Compartment } from '@codemirror/state';
import { json, jsonLanguage } from '@codemirror/lang-json';
import { setDiagnostics, lintGutter } from '@codemirror/lint';
import { schemaCompletion } from './schema.mjs';

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '16px', backgroundColor: '#ffffff', color: '#0b0c0c' },
  '&.cm-focused': { outline: '3px solid #ffdd00', outlineOffset: '0' },
  '.cm-scroller': { fontFamily: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace', lineHeight: '1.5' },
  '.cm-gutters': { backgroundColor: '#f3f2f1', color: '#505a5f', borderRight: '1px solid #b1b4b6' },
  '.cm-activeLine': { backgroundColor: '#f3f2f1' },
  '.cm-activeLineGutter': { backgroundColor: '#dbdad9', color: '#0b0c0c' },
  '.cm-lintRange-error': {
    backgroundImage: 'none',
    textDecoration: 'underline wavy #d4351c',
    textDecorationSkipInk: 'none',
  },
  '.cm-diagnostic-error': { borderLeft: '5px solid #d4351c' },
  '.cm-tooltip': { fontSize: '16px' },
  '.cm-panels': { color: '#0b0c0c' },
});

/**
 * @param {HTMLElement} host the element that holds the editor (gets a shadow root)
 * @param {object} o
 * @param {string} o.label the editor's accessible name
 * @param {object|null} o.schema JSON Schema for completion, or null
 * @param {(text: string) => void} o.onChange every change of the text
 */
export function createEditor(host, { label, schema, onChange }) {
  const root = host.attachShadow({ mode: 'open' });
  const mount = document.createElement('div');
  mount.className = 'ts-author-editor';
  root.append(mount);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(':host{display:block;height:100%} .ts-author-editor{height:100%}');
  root.adoptedStyleSheets = [sheet];
  const readOnly = new Compartment();
  const extensions = [
    basicSetup,
    json(),
    lintGutter(),
    theme,
    EditorView.lineWrapping,
    readOnly.of(EditorState.readOnly.of(false)),
    EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) onChange(u.state.doc.toString());
    }),
  ];
  if (schema) extensions.push(jsonLanguage.data.of({ autocomplete: schemaCompletion(schema) }));
  const view = new EditorView({ state: EditorState.create({ doc: '', extensions }), parent: mount, root });

  return {
    view,
    get text() {
      return view.state.doc.toString();
    },
    /** Replaces the whole text (a file opened): one change, then the editor's history starts afresh. */
    setText(text) {
      view.setState(EditorState.create({ doc: text, extensions }));
      onChange(text);
    },
    /** Inline problems: [{from, to, message}]. */
    setProblems(problems) {
      const length = view.state.doc.length;
      const diagnostics = problems.map((p) => ({
        from: Math.min(p.from, length),
        to: Math.min(Math.max(p.to, p.from), length),
        severity: 'error',
        message: p.message,
      }));
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    /** Puts the cursor at `from`, selects to `to`, scrolls there and focuses the editor. */
    select(from, to = from) {
      const length = view.state.doc.length;
      view.dispatch({
        selection: { anchor: Math.min(from, length), head: Math.min(to, length) },
        effects: EditorView.scrollIntoView(Math.min(from, length), { y: 'center' }),
      });
      view.focus();
    },
    lineOf(pos) {
      return view.state.doc.lineAt(Math.min(pos, view.state.doc.length)).number;
    },
  };
}
