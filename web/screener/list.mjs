// One helper for the engine's optional lists: a field may be absent, one value or an array.

/**
 * The value as an array: itself when it is one, [] for null, undefined or '', else [value].
 * @template T
 * @param {T | T[] | null | undefined} v
 * @returns {T[]}
 */
export const list = (v) => (Array.isArray(v) ? v : v == null || v === '' ? [] : [v]);
