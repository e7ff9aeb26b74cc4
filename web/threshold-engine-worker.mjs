// The engine in a worker, for hosted pages (screener/engine.mjs starts it; the single file runs the
// engine on the page's thread). Starting the engine and reading a partnership's guidance are its
// longest steps: here they never hold up the page, so a tap is answered while the engine loads.
import { serveEngine } from './screener/engine.mjs';

serveEngine(globalThis);
