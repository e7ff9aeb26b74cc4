// The three engines behind one small interface, so that each flow is written once:
//
//   const d = await launch('firefox');
//   await d.fresh?.();                    // a clean tab for the next flow (where a driver needs it)
//   await d.goto(url, {timeout});         // navigate and wait for load
//   await d.run(expression);              // evaluate a JS expression in the page (promises awaited)
//   const el = await d.element(expr);     // the element the expression returns, as a driver handle
//   await d.click(el); await d.type(el, 'text');   // (callers retry through settled())
//   await d.setOffline(true);             // the network off (file:// pages still open)
//   d.native, d.requests                  // errors and requests the driver itself reports (none for WebKit)
//   await d.close();
//
// Chromium: Playwright with Debian's /usr/bin/chromium. Firefox: puppeteer-core over WebDriver BiDi
// with /usr/bin/firefox-esr. WebKit: selenium-webdriver against WebKitWebDriver, which starts
// WebKitGTK's MiniBrowser; MiniBrowser has no headless mode, so the driver runs under `xvfb-run -a`,
// itself under `timeout` (without a display the driver hangs instead of failing).
import { spawn } from 'node:child_process';
import net from 'node:net';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Retries an action that can fail while the page is drawing: a field typed into right after it
 * appears (WebKitWebDriver's ElementNotInteractableError), an element redrawn between finding and
 * acting. `action` finds the element again each time; a frame apart, five tries.
 */
export async function settled(d, action) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await action();
    } catch (e) {
      if (
        attempt >= 5 ||
        !/not ?interactable|stale|detached|not attached|intercept|obscured/i.test(`${e.name} ${e.message}`)
      )
        throw e;
      await d.run('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)))').catch(() => {});
    }
  }
}

async function chromium() {
  const { chromium: pw } = await import('@playwright/test');
  const browser = await pw.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  const d = {
    engine: 'Chromium',
    version: browser.version(),
    native: [],
    requests: [],
    goto: (url, { timeout = 30_000 } = {}) => page.goto(url, { waitUntil: 'load', timeout }),
    run: (expression) => page.evaluate(expression),
    element: async (expression) => (await page.evaluateHandle(expression)).asElement(),
    click: (el) => el.click(),
    type: (el, text) => el.fill(text),
    setOffline: (on) => context.setOffline(on),
    close: () => browser.close(),
  };
  page.on('pageerror', (e) => d.native.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') d.native.push(`console error: ${m.text()}`);
  });
  page.on('request', (r) => d.requests.push({ url: r.url(), at: Date.now() }));
  return d;
}

async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
  });
  let page;
  const d = {
    engine: 'Firefox',
    version: (await browser.version()).replace('firefox/', ''),
    native: [],
    requests: [],
    // A new tab for each flow: leaving a screening with answers asks "leave the page?"
    // (beforeunload), which Firefox's BiDi navigation refuses instead of dismissing.
    fresh: async () => {
      const old = page;
      page = await browser.newPage();
      page.on('pageerror', (e) => d.native.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') d.native.push(`console error: ${m.text()}`);
      });
      page.on('request', (r) => d.requests.push({ url: r.url(), at: Date.now() }));
      await old?.close({ runBeforeUnload: false });
    },
    goto: (url, { timeout = 30_000 } = {}) => page.goto(url, { waitUntil: 'load', timeout }),
    run: (expression) => page.evaluate(expression),
    element: async (expression) => (await page.evaluateHandle(expression)).asElement(),
    click: (el) => el.click(),
    type: async (el, text) => {
      await el.evaluate((e) => {
        e.value = '';
      });
      await el.type(text);
    },
    setOffline: (on) => page.setOfflineMode(on),
    close: async () => {
      const proc = browser.process();
      await Promise.race([browser.close(), sleep(5_000)]);
      proc?.kill('SIGKILL');
    },
  };
  await d.fresh();
  return d;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** WebKitWebDriver on a free port, in its own X display and its own process group (killed whole). */
async function webkitDriver(seconds) {
  const port = await freePort();
  const proc = spawn(
    'timeout',
    ['--kill-after=5', String(seconds), 'xvfb-run', '-a', '/usr/bin/WebKitWebDriver', `--port=${port}`],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  const kill = () => {
    try {
      process.kill(-proc.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.on('exit', kill);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${url}/status`)).ok) return { url, kill };
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  kill();
  throw new Error('WebKitWebDriver did not start (is xvfb installed?)');
}

async function webkit({ seconds = 600 } = {}) {
  const { Builder } = await import('selenium-webdriver');
  const server = await webkitDriver(seconds);
  const capabilities = (offline) => ({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { args: ['--automation'] },
    // The network off: every request goes to a proxy that is not there (file:// pages still open).
    ...(offline
      ? { proxy: { proxyType: 'manual', httpProxy: '127.0.0.1:9', sslProxy: '127.0.0.1:9', noProxy: [] } }
      : {}),
  });
  let session = await new Builder().usingServer(server.url).withCapabilities(capabilities(false)).build();
  const caps = await session.getCapabilities();
  const d = {
    engine: 'WebKit',
    version: `${caps.get('browserName')} ${caps.get('browserVersion')}`,
    native: [], // WebKitWebDriver reports no console events and no requests: the page's guard is the record
    requests: [],
    goto: (url) => session.get(url),
    run: (expression) => session.executeScript(`return ${expression}`),
    element: (expression) => session.executeScript(`return ${expression}`),
    click: (el) => el.click(),
    type: async (el, text) => {
      await el.clear();
      if (text) await el.sendKeys(text); // (WebKitWebDriver refuses empty keys: "Missing text parameter")
    },
    // WebDriver classic has no "offline": a new session whose proxy goes nowhere (about 2 s).
    setOffline: async (on) => {
      await session.quit();
      session = await new Builder().usingServer(server.url).withCapabilities(capabilities(on)).build();
    },
    close: async () => {
      await Promise.race([session.quit().catch(() => {}), sleep(5_000)]);
      server.kill();
    },
  };
  return d;
}

export const ENGINES = { chromium, firefox, webkit };

/** Starts an engine by name: 'chromium', 'firefox' or 'webkit'. */
export function launch(name, options) {
  return ENGINES[name](options);
}
