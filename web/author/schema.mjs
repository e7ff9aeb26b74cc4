// Completion from content/pack.schema.json: at the cursor, the keys the schema allows in that object
// (with each key's description) and the values it allows there (enum, const, true/false). The path to
// the cursor is read from the JSON syntax tree (@codemirror/lang-json), so it works while the draft
// is not yet valid JSON.

import { syntaxTree } from '@codemirror/language';

/** The schema node for `path` (keys and array indexes), following $ref, or null. */
export function schemaAt(schema, path) {
  const resolve = (node, seen = 0) => {
    if (!node || typeof node !== 'object' || seen > 20) return node;
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/')) {
      let target = schema;
      for (const t of node.$ref.slice(2).split('/')) target = target?.[t.replace(/~1/g, '/').replace(/~0/g, '~')];
      return resolve(target, seen + 1);
    }
    return node;
  };
  let nodes = [resolve(schema)];
  for (const token of path) {
    const next = [];
    const visit = (n) => {
      n = resolve(n);
      if (!n || typeof n !== 'object') return;
      for (const k of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(n[k])) n[k].forEach(visit);
      if (typeof token === 'number') {
        if (n.items) next.push(resolve(n.items));
      } else if (n.properties?.[token]) next.push(resolve(n.properties[token]));
      else if (n.additionalProperties && typeof n.additionalProperties === 'object')
        next.push(resolve(n.additionalProperties));
    };
    nodes.forEach(visit);
    if (!next.length) return null;
    nodes = next;
  }
  // Several alternatives: one node offering what any of them offers.
  const flat = [];
  const spread = (n) => {
    n = resolve(n);
    if (!n || typeof n !== 'object') return;
    flat.push(n);
    for (const k of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(n[k])) n[k].forEach(spread);
  };
  nodes.forEach(spread);
  return flat;
}

const unquote = (s) => {
  try {
    return JSON.parse(s);
  } catch {
    return s.replace(/^"|"$/g, '');
  }
};

/** The path (keys and indexes) of the value that contains `node`, from the document's root. */
function pathTo(state, node) {
  const path = [];
  for (let n = node; n; n = n.parent) {
    const parent = n.parent;
    if (!parent) break;
    if (parent.name === 'Property' && n.name !== 'PropertyName') {
      const key = parent.getChild('PropertyName');
      if (key) path.unshift(unquote(state.sliceDoc(key.from, key.to)));
    } else if (parent.name === 'Array') {
      let index = 0;
      for (let c = parent.firstChild; c && c.from < n.from; c = c.nextSibling) if (c.name === ',') index += 1;
      path.unshift(index);
    }
  }
  return path;
}

/** A CodeMirror completion source for JSON documents described by `schema`. */
export function schemaCompletion(schema) {
  return (context) => {
    const tree = syntaxTree(context.state);
    const node = tree.resolveInner(context.pos, -1);
    const word = context.matchBefore(/"?[\w$-]*"?/);
    const inKey =
      node.name === 'PropertyName' ||
      (node.name === 'Object' && !word?.text.endsWith(':')) ||
      (node.name === '⚠' && node.parent?.name === 'Object');
    let objectNode = null;
    if (node.name === 'PropertyName') objectNode = node.parent?.parent;
    else if (node.name === 'Object') objectNode = node;
    else if (node.parent?.name === 'Object') objectNode = node.parent;
    if (inKey && objectNode) {
      const nodes = schemaAt(schema, pathTo(context.state, objectNode)) ?? [];
      const present = new Set();
      for (let c = objectNode.firstChild; c; c = c.nextSibling) {
        const k = c.name === 'Property' ? c.getChild('PropertyName') : null;
        if (k && !(k.from <= context.pos && context.pos <= k.to))
          present.add(unquote(context.state.sliceDoc(k.from, k.to)));
      }
      const options = [];
      const seen = new Set();
      for (const n of nodes)
        for (const [key, sub] of Object.entries(n.properties ?? {})) {
          if (seen.has(key) || present.has(key)) continue;
          seen.add(key);
          options.push({
            label: JSON.stringify(key),
            type: 'property',
            detail: (n.required ?? []).includes(key) ? 'required' : undefined,
            info: sub?.description ?? undefined,
            apply: `${JSON.stringify(key)}: `,
          });
        }
      if (!options.length) return null;
      const from = node.name === 'PropertyName' ? node.from : (word?.from ?? context.pos);
      return { from, options, validFor: /^"?[\w$-]*"?$/ };
    }
    // A value: the one in the Property (or array element) at the cursor.
    let path = null;
    if (node.name === 'Property') {
      // After "key": with nothing typed yet.
      const key = node.getChild('PropertyName');
      if (key && key.to < context.pos)
        path = [...pathTo(context.state, node), unquote(context.state.sliceDoc(key.from, key.to))];
    } else path = pathTo(context.state, node);
    if (!path) return null;
    const nodes = schemaAt(schema, path) ?? [];
    const values = new Set();
    for (const n of nodes) {
      for (const v of n.enum ?? []) values.add(JSON.stringify(v));
      if ('const' in n) values.add(JSON.stringify(n.const));
      if (n.type === 'boolean') ['true', 'false'].forEach((v) => values.add(v));
    }
    if (!values.size) return null;
    const from = ['String', 'Number', 'True', 'False', 'Null'].includes(node.name) ? node.from : context.pos;
    if (!context.explicit && from === context.pos && !word?.text) return null;
    return {
      from,
      options: [...values].map((v) => ({ label: v, type: 'constant' })),
      validFor: /^"?[\w$-]*"?$/,
    };
  };
}
