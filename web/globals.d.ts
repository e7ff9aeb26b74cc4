// What the page's scripts share with the build and with each other, for tsc --checkJs (make lint).

/** The engine's worker script, named by the site build (tools/build-site.mjs); absent unbuilt. */
declare const TS_ENGINE_WORKER: string | undefined;

interface Window {
  /** The worker the early script started (threshold-engine-early.js), adopted by the page script. */
  thresholdScreenerEngine?: { url?: string; adopted?: boolean; adopt?: () => { worker: Worker; early: Event[] } };
}

/** The Emscripten module (build/wasm), copied beside engine.mjs by the site build. */
declare module '*threshold_engine.mjs' {
  const createModule: (options?: object) => Promise<Record<string, (...args: string[]) => string>>;
  export default createModule;
}

/** The authoring page's engine (build/wasm), copied beside author-worker.mjs by the site build. */
declare module '*threshold_author_engine.mjs' {
  const createModule: (options?: object) => Promise<Record<string, (...args: string[]) => string>>;
  export default createModule;
}

/** The authoring engine's worker script, named by the site build; null in the single file. */
declare const TS_AUTHOR_WORKER: string | null | undefined;
