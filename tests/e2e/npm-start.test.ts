// `npm start` (scripts/start.mjs): with a display it launches Chromium with the
// built extension and shows the practice form, failing with the browser's own output when
// it does not start; without a display it says where the build is and how to load it.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unpackedExtensionId } from '../../scripts/start.mjs';
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

  it('with a display, a browser that does not start fails npm start with its own output', () => {
    // A stand-in browser records its arguments and fails as Chromium does as root without
    // --no-sandbox (no display here for a real window; the real launch is checked by hand
    // under xvfb-run, see docs/toolchain.md).
    const dir = mkdtempSync(path.join(tmpdir(), 'exam-assist-start-'));
    const record = path.join(dir, 'args.json');
    const fake = path.join(dir, 'fake-chromium');
    writeFileSync(
      fake,
      `#!/usr/bin/env node\nrequire('fs').writeFileSync(${JSON.stringify(record)}, ` +
        `JSON.stringify(process.argv.slice(2)));\n` +
        `console.error('[FATAL:zygote_host_impl_linux.cc] No usable sandbox!');\nprocess.exit(1);\n`,
    );
    chmodSync(fake, 0o755);
    const run = spawnSync('node', ['scripts/start.mjs'], {
      env: env({ DISPLAY: ':0', CHROMIUM_PATH: fake }),
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The browser did not start');
    expect(run.stderr).toContain('No usable sandbox!');
    expect(run.stdout).not.toContain('The practice form is open');

    const args: string[] = JSON.parse(readFileSync(record, 'utf8'));
    expect(args).toContain(`--load-extension=${realpathSync(EXTENSION_DIR)}`);
    if (process.getuid?.() === 0) expect(args).toContain('--no-sandbox');
  });

  it('computes the id under which Chromium loads the built extension', async () => {
    browser = await launchExtension();
    expect(unpackedExtensionId(realpathSync(EXTENSION_DIR))).toBe(browser.extensionId);
  });
});
