// `npm start` (scripts/start.mjs): with a display it launches Chromium with the
// built extension on the practice form; without one it says where the build is
// and how to load it. Both exit 0 ("Done when").
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchExtension, type ExtensionBrowser } from './harness';

const env = (extra: Record<string, string | undefined>) => {
  const out: Record<string, string> = { START_SKIP_DEPS: '1' };
  for (const [key, value] of Object.entries({ ...process.env, ...extra }))
    if (value !== undefined) out[key] = value;
  return out;
};

describe('npm start', () => {
  let browser: ExtensionBrowser | undefined;
  afterAll(async () => browser?.close());

  it('without a display, prints where the built extension is and how to load it', () => {
    const output = execFileSync('node', ['scripts/start.mjs'], {
      env: env({ DISPLAY: undefined, WAYLAND_DISPLAY: undefined }),
      encoding: 'utf8',
    });
    expect(output).toContain(EXTENSION_DIR);
    expect(output).toContain('chrome://extensions');
    expect(output).toContain('加载已解压的扩展程序');
  });

  it('with a display, starts the browser with the extension on the practice form, and that page opens', async () => {
    // A stand-in browser records its arguments (no display here to show a real window).
    const dir = mkdtempSync(path.join(tmpdir(), 'exam-assist-start-'));
    const record = path.join(dir, 'args.json');
    const fake = path.join(dir, 'fake-chromium');
    writeFileSync(
      fake,
      `#!/usr/bin/env node\nrequire('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.argv.slice(2)));\n`,
    );
    chmodSync(fake, 0o755);
    const output = execFileSync('node', ['scripts/start.mjs'], {
      env: env({ DISPLAY: ':0', CHROMIUM_PATH: fake }),
      encoding: 'utf8',
    });
    expect(output).toContain('practice.html');
    await expect
      .poll(() => {
        try {
          return readFileSync(record, 'utf8');
        } catch {
          return '';
        }
      })
      .not.toBe('');
    const args: string[] = JSON.parse(readFileSync(record, 'utf8'));
    const extensionDir = realpathSync(EXTENSION_DIR);
    expect(args).toContain(`--load-extension=${extensionDir}`);
    const url = args.find((arg) => arg.startsWith('chrome-extension://'))!;
    expect(url).toMatch(/^chrome-extension:\/\/[a-p]{32}\/practice\.html$/);

    // The URL it opens is the practice form of the extension Chromium loads from that folder.
    browser = await launchExtension();
    expect(new URL(url).host).toBe(browser.extensionId);
    const page = await browser.context.newPage();
    await page.goto(url);
    await expect(page.locator('h1').textContent()).resolves.toBe('练习表单');
  });
});
