// The one way e2e tests reach a real browser: Debian's Chromium with the built
// extension loaded, and the replica pages served on 127.0.0.1 under the real
// platform hostname (--host-resolver-rules), so the content script runs with
// its production match patterns (docs/toolchain.md, "Testing").
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';

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
  close(): Promise<void>;
}

export interface LaunchOptions {
  extraStatic?: Record<string, string>;
  /** Extra Chromium flags. */
  args?: string[];
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
      `--host-resolver-rules=MAP ${PLATFORM_HOST} 127.0.0.1:${fixtures.port}, MAP www2.nmec.org.cn 127.0.0.1:${fixtures.port}, MAP ${OTHER_HOST} 127.0.0.1:${fixtures.port}`,
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
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    fixtures,
    foreignRequests,
    platformUrl: (rel) => `http://${PLATFORM_HOST}/${rel.replace(/^\//, '')}`,
    otherHostUrl: (rel) => `http://${OTHER_HOST}/${rel.replace(/^\//, '')}`,
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page.replace(/^\//, '')}`,
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
