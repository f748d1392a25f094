// `npm start`: builds the extension, then opens it in Chromium on the practice
// form (the product's embedded default, no account and no network).
// Without a display (a server, CI), it prints where the build is and how to load it.
//   CHROMIUM_PATH=/path/to/chromium npm start   picks the browser
//   WXT_OUT_DIR=.output-me npm start            builds into another folder
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
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

function main() {
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
      '注意：Google Chrome 137 以上不再支持 --load-extension，如未加载请按下面的步骤手动加载。\nNote: branded Chrome ≥ 137 ignores --load-extension; if the extension is missing, load it by hand as below.',
    );
    printManualSteps('');
  }
  const profileDir = path.resolve(outDir, 'chromium-profile');
  mkdirSync(profileDir, { recursive: true });
  const practiceUrl = `chrome-extension://${unpackedExtensionId(dir)}/practice.html`;
  const child = spawn(
    browserPath,
    [
      `--user-data-dir=${profileDir}`,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-first-run',
      '--no-default-browser-check',
      practiceUrl,
    ],
    { detached: true, stdio: 'ignore' },
  );
  child.on('error', (error) =>
    printManualSteps(`无法启动浏览器 / Could not start the browser: ${error.message}`),
  );
  child.unref();
  console.log(
    `\n已启动 ${path.basename(browserPath)}，打开练习表单 / Started the browser on the practice form:\n  ${practiceUrl}\n浏览器资料目录 / Browser profile: ${profileDir}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('start.mjs')) {
  try {
    main();
  } catch (error) {
    console.error(
      `npm start failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
    );
    process.exit(1);
  }
}
