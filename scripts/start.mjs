// `npm start`: builds the extension, then opens it in Chromium on the practice
// form (the product's embedded default, no account and no network).
// Without a display (a server, CI), it prints where the build is and how to load it.
//   CHROMIUM_PATH=/path/to/chromium npm start   picks the browser
//   WXT_OUT_DIR=.output-me npm start            builds into another folder
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  rmSync,
} from 'node:fs';
import { execSync, spawn } from 'node:child_process';
import path from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';

const outDir = process.env.WXT_OUT_DIR ?? '.output';
const extensionDir = path.resolve(outDir, 'chrome-mv3');

/** Chrome's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits mapped 0-f → a-p. */
export function unpackedExtensionId(dir, platform = process.platform) {
  let bytes;
  if (platform === 'win32') {
    // FilePath on Windows is UTF-16 with an upper-case drive letter.
    const normalized = dir.replace(/^([a-z]):/, (_, d) => `${d.toUpperCase()}:`);
    bytes = Buffer.from(normalized, 'utf16le');
  } else bytes = Buffer.from(dir, 'utf8');
  const hex = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

function hasDisplay() {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function findBrowser() {
  if (process.env.CHROMIUM_PATH) {
    if (!existsSync(process.env.CHROMIUM_PATH))
      throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`);
    return process.env.CHROMIUM_PATH;
  }
  const local = process.env.LOCALAPPDATA ?? '';
  const programs = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)']].filter(Boolean);
  const candidates =
    {
      linux: [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/snap/bin/chromium',
        '/usr/bin/google-chrome',
      ],
      darwin: [
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      ],
      win32: [
        path.join(local, 'Chromium', 'Application', 'chrome.exe'),
        ...programs.map((p) => path.join(p, 'Chromium', 'Application', 'chrome.exe')),
        ...programs.map((p) => path.join(p, 'Google', 'Chrome', 'Application', 'chrome.exe')),
      ],
    }[process.platform] ?? [];
  return candidates.find((candidate) => existsSync(candidate));
}

function printManualSteps(reason) {
  console.log(`
${reason}
扩展已构建在 / The built extension is in:
  ${extensionDir}

手动加载 / To load it by hand:
  1. 在 Chrome 或 Edge 中打开 chrome://extensions（Edge: edge://extensions）
     Open chrome://extensions (Edge: edge://extensions)
  2. 打开右上角的“开发者模式” / Switch on "Developer mode"
  3. 点击“加载已解压的扩展程序”，选择上面的文件夹
     Click "Load unpacked" and choose the folder above
  4. 欢迎页会自动打开；练习表单在欢迎页和工具栏图标的弹出窗口中
     The welcome page opens by itself; the practice form is linked from it and from the toolbar popup
`);
}

async function main() {
  // The e2e test of this script runs in a checkout others build in: it must never reinstall node_modules.
  if (!process.env.START_SKIP_DEPS) ensureDeps();
  console.log(`\n$ npx wxt build  (→ ${outDir})`);
  execSync('npx wxt build', { stdio: 'inherit' });
  const dir = realpathSync(extensionDir);
  if (!hasDisplay()) {
    printManualSteps(
      '没有检测到图形界面（$DISPLAY 未设置），不启动浏览器。No display ($DISPLAY is not set): not starting a browser.',
    );
    return;
  }
  const browserPath = findBrowser();
  if (!browserPath) {
    printManualSteps(
      '没有找到 Chromium（可用 CHROMIUM_PATH 指定）。No Chromium found (set CHROMIUM_PATH).',
    );
    return;
  }
  if (/google.chrome/i.test(browserPath)) {
    console.warn(
      '注意：Google Chrome 137 以上不再支持 --load-extension，如未加载请按下面的步骤手动加载。\nNote: branded Chrome ≥ 137 ignores ' +
        '--load-extension; if the extension is missing, load it by hand as below.',
    );
    printManualSteps('');
  }
  const profileDir = path.resolve(outDir, 'chromium-profile');
  const firstRun = !existsSync(path.join(profileDir, 'Local State'));
  mkdirSync(profileDir, { recursive: true });
  const practiceUrl = `chrome-extension://${unpackedExtensionId(dir)}/practice.html`;
  const args = [
    `--user-data-dir=${profileDir}`,
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    '--no-first-run',
    '--no-default-browser-check',
    // Local only: this script asks the browser when the extension is ready, then opens the
    // practice form (opened earlier, the tab shows ERR_BLOCKED_BY_CLIENT until reloaded).
    '--remote-debugging-address=127.0.0.1',
    '--remote-debugging-port=0',
  ];
  if (process.getuid?.() === 0) {
    // Chromium refuses to run as root with its sandbox (containers, CI boxes); without it
    // a page that escapes the renderer runs as root: use this for the practice form only.
    console.warn(
      '注意：以 root 运行，Chromium 需要 --no-sandbox（沙箱关闭，只用于练习）。\n' +
        'Note: running as root, Chromium needs --no-sandbox (no sandbox: use it for practice only).',
    );
    args.push('--no-sandbox');
  }
  const portFile = path.join(profileDir, 'DevToolsActivePort');
  rmSync(portFile, { force: true });
  // The browser's own output goes to a file we show when it fails (it keeps running after we exit).
  const logFile = path.resolve(outDir, 'chromium.log');
  const log = openSync(logFile, 'w');
  const child = spawn(browserPath, args, { detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  const exited = new Promise((resolve) => {
    child.on('error', (error) => resolve(`${error.message}`));
    child.on('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${code}`));
  });
  child.unref();
  return openPractice({ browserPath, practiceUrl, portFile, logFile, exited, firstRun });
}

/** The practice page's title in either language (src/practice/text.ts pageTitle): it has loaded. */
const PRACTICE_TITLE = /练习表单|Practice form/;

/** Fails with the browser's own output when it does not start; otherwise shows the form in front. */
async function openPractice({ browserPath, practiceUrl, portFile, logFile, exited, firstRun }) {
  const failed = (why) => {
    let output = '';
    try {
      output = readFileSync(logFile, 'utf8').trim().split('\n').slice(-40).join('\n');
    } catch {
      // no log written
    }
    throw new Error(
      `浏览器没有启动 / The browser did not start (${path.basename(browserPath)}: ${why})` +
        (output ? `\n--- ${logFile} ---\n${output}` : ''),
    );
  };
  const deadline = Date.now() + 60_000;
  let port;
  let ended;
  void exited.then((why) => (ended = why));
  while (!port) {
    if (ended) failed(ended);
    if (Date.now() > deadline) failed('no answer within 60 s');
    try {
      port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  // The browser's DevTools HTTP endpoint (local only): its target list shows when the
  // extension's service worker runs and which tabs are open; /json/new and /json/activate
  // open the form in a new tab and bring it to the front.
  const devtools = async (what, method = 'GET') =>
    (await fetch(`http://127.0.0.1:${port}/json/${what}`, { method })).json();
  const waitFor = async (what, find, ms) => {
    const until = Date.now() + ms;
    for (;;) {
      if (ended) failed(ended);
      const found = find(await devtools('list'));
      if (found || Date.now() > until) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  // new URL(...).origin is "null" for chrome-extension: URLs in Node; cut the origin by hand.
  const origin = practiceUrl.slice(0, practiceUrl.indexOf('/', 'chrome-extension://'.length));
  const worker = await waitFor(
    'service worker',
    (targets) => targets.find((t) => t.type === 'service_worker' && t.url.startsWith(origin)),
    30_000,
  );
  if (!worker) failed('the extension did not start (no service worker within 30 s)');
  // On a first run the extension opens its welcome page; it stays, behind the form.
  if (firstRun)
    await waitFor(
      'welcome page',
      (targets) =>
        targets.find((t) => t.type === 'page' && t.url.startsWith(`${origin}/welcome.html`)),
      15_000,
    );
  const blank = (await devtools('list')).filter(
    (t) => t.type === 'page' && /^(about:blank|chrome:\/\/newtab)/.test(t.url),
  );
  const tab = await devtools(`new?${practiceUrl}`, 'PUT');
  const loaded = await waitFor(
    'practice form',
    (targets) => targets.find((t) => t.id === tab.id && PRACTICE_TITLE.test(t.title)),
    30_000,
  );
  if (!loaded) failed('the practice form did not load within 30 s');
  await fetch(`http://127.0.0.1:${port}/json/activate/${tab.id}`);
  for (const t of blank) await fetch(`http://127.0.0.1:${port}/json/close/${t.id}`);
  console.log(
    `\n已在 ${path.basename(browserPath)} 中打开练习表单 / The practice form is open in the browser:\n  ${practiceUrl}` +
      `\n浏览器输出 / Browser output: ${logFile}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('start.mjs')) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(`npm start failed: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    },
  );
}
