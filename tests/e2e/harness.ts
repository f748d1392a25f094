// The one e2e fixture: Debian's Chromium with the built extension loaded, the
// replica pages served on 127.0.0.1 under the real platform hostname
// (--host-resolver-rules, so the content script runs with its production match
// patterns), tabs opened with their console errors collected, and the one
// signal tests wait for after an input: `data-exam-assist-checks="idle"` on
// <html> (src/page/session.ts). Waits are `expect.poll`, never fixed sleeps.
// Chromium flags: docs/toolchain.md, "Testing".
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import {
  chromium,
  type BrowserContext,
  type Frame,
  type Locator,
  type Page,
  type Request,
} from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { openShadowRoots } from './shadow';

export const EXTENSION_DIR = path.resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
export const FIXTURES_DIR = path.resolve('tests/fixtures');
/** Hosts the tests use: the platform's, and one unrelated registration host. */
export const PLATFORM_HOST = 'www.nmec.org.cn';
export const OTHER_HOST = 'kaosheng.example-province.cn';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
};

export interface FixtureServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/** Serves tests/fixtures (and any extra directory mapped under a URL prefix). */
export async function startFixtureServer(
  extra: Record<string, string> = {},
): Promise<FixtureServer> {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      let root = FIXTURES_DIR;
      let rel = decodeURIComponent(url.pathname);
      for (const [prefix, dir] of Object.entries(extra)) {
        if (rel.startsWith(prefix)) {
          root = dir;
          rel = rel.slice(prefix.length);
        }
      }
      const file = path.join(root, path.normalize(rel).replace(/^(\.\.[/\\])+/, ''));
      const info = await stat(file);
      const target = info.isDirectory() ? path.join(file, 'index.html') : file;
      const body = await readFile(target);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  fixtures: FixtureServer;
  /** Every request the browser made that did not go to the fixture server or the extension. */
  foreignRequests: string[];
  /** http://www.nmec.org.cn/<rel> served from tests/fixtures/<rel>. */
  platformUrl(rel: string): string;
  otherHostUrl(rel: string): string;
  extensionUrl(page: string): string;
  /** A new tab at `url`; its console and page errors are collected (`errorsOf`). */
  open(url: string): Promise<Page>;
  /** Console errors and uncaught errors of a tab opened with `open`. */
  errorsOf(page: Page): string[];
  /** Every tab opened with `open`, with its errors. */
  opened(): { page: Page; errors: string[] }[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  extraStatic?: Record<string, string>;
  /** Extra Chromium flags. */
  args?: string[];
  /** Make the overlay's closed shadow roots open, so locators reach its buttons (./shadow.ts). */
  openShadowRoots?: boolean;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const fixtures = await startFixtureServer(options.extraStatic);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'exam-assist-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    args: [
      '--headless=new',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      '--disable-default-apps',
      `--host-resolver-rules=MAP ${PLATFORM_HOST} 127.0.0.1:${fixtures.port}, MAP www2.nmec.org.cn ` +
        `127.0.0.1:${fixtures.port}, MAP ${OTHER_HOST} 127.0.0.1:${fixtures.port}`,
      ...(options.args ?? []),
    ],
  });
  const foreignRequests: string[] = [];
  const allowed = (url: string) =>
    url.startsWith('chrome-extension://') ||
    url.startsWith('data:') ||
    url.startsWith('blob:') ||
    url.startsWith('about:') ||
    url.startsWith(`http://${PLATFORM_HOST}/`) ||
    url.startsWith('http://www2.nmec.org.cn/') ||
    url.startsWith(`http://${OTHER_HOST}/`) ||
    url.startsWith(`http://127.0.0.1:${fixtures.port}/`);
  context.on('request', (request: Request) => {
    if (!allowed(request.url())) foreignRequests.push(request.url());
  });
  if (options.openShadowRoots) await openShadowRoots(context);
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  const tabs = new Map<Page, string[]>();
  return {
    context,
    extensionId,
    fixtures,
    foreignRequests,
    platformUrl: (rel) => `http://${PLATFORM_HOST}/${rel.replace(/^\//, '')}`,
    otherHostUrl: (rel) => `http://${OTHER_HOST}/${rel.replace(/^\//, '')}`,
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page.replace(/^\//, '')}`,
    async open(url) {
      const page = await context.newPage();
      tabs.set(page, watchPageErrors(page));
      await page.goto(url);
      return page;
    },
    errorsOf: (page) => tabs.get(page) ?? [],
    opened: () => [...tabs].map(([page, errors]) => ({ page, errors })),
    close: async () => {
      await context.close();
      await fixtures.close();
    },
  };
}

/** Collects console errors and uncaught page errors, to assert the page was not broken. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

/**
 * The browser of a test file: launched before its tests, closed after them.
 * Returns a stand-in that reads the running browser, so files declare it once
 * at the top (`const browser = useExtension()`).
 */
export function useExtension(
  options: LaunchOptions & { setup?: () => Promise<unknown>; timeout?: number } = {},
): ExtensionBrowser {
  let current: ExtensionBrowser | undefined;
  const running = () => {
    if (!current) throw new Error('the browser is not running (used outside a test?)');
    return current;
  };
  beforeAll(async () => {
    await options.setup?.();
    current = await launchExtension(options);
  }, options.timeout);
  afterAll(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    get context() {
      return running().context;
    },
    get extensionId() {
      return running().extensionId;
    },
    get fixtures() {
      return running().fixtures;
    },
    get foreignRequests() {
      return running().foreignRequests;
    },
    platformUrl: (rel) => running().platformUrl(rel),
    otherHostUrl: (rel) => running().otherHostUrl(rel),
    extensionUrl: (page) => running().extensionUrl(page),
    open: (url) => running().open(url),
    errorsOf: (page) => running().errorsOf(page),
    opened: () => running().opened(),
    close: () => running().close(),
  };
}

/** The checks state the content script writes on <html> (src/page/session.ts ATTR_CHECKS). */
export const checksState = (target: Page | Frame) => () =>
  target.locator('html').getAttribute('data-exam-assist-checks');

/**
 * Waits until the content script says every field is collected and checked and
 * nothing is pending. An input or a page change turns the state to `busy` before
 * the action that caused it returns, so after this the page shows the result of
 * everything done so far: assert "nothing was flagged" only after it.
 */
export async function checksIdle(target: Page | Frame, timeout = 10_000): Promise<void> {
  await expect.poll(checksState(target), { timeout }).toBe('idle');
}

export const byId = (page: Page | Frame, id: string): Locator => page.locator(`[id="${id}"]`);
/** For `expect.poll`: an attribute of an element, read again on each try. */
export const attr = (el: Locator, name: string) => () => el.getAttribute(name);
/** For `expect.poll`: the rule ids the content script wrote on a field. */
export const rulesOf = (el: Locator) => async () =>
  (await el.getAttribute('data-exam-assist-rules'))?.split(' ').filter(Boolean) ?? [];

/** Types as a person does: click, select all, delete, then key by key. */
export async function typeInto(el: Locator, text: string): Promise<void> {
  await el.click();
  await el.press('ControlOrMeta+a');
  await el.press('Backspace');
  if (text) await el.pressSequentially(text, { delay: 5 });
}
