import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { ensureChromium } from '../../scripts/ensure-chromium.mjs';

// e2e tests run against the production build (docs/toolchain.md: dev mode
// loses matchAboutBlank). `npm test` builds first; a bare `vitest --project e2e`
// builds here when nothing is built yet.
export default function setup() {
  process.env.CHROMIUM_PATH = ensureChromium();
  const out = process.env.WXT_OUT_DIR ?? '.output';
  if (!existsSync(`${out}/chrome-mv3/manifest.json`)) {
    execSync('npx wxt build', { stdio: 'inherit' });
  }
}
