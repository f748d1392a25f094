import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { ensureChromium } from '../../scripts/ensure-chromium.mjs';
import { vendorWidgets } from '../../scripts/vendor-widgets.mjs';

// e2e tests run against the production build (docs/toolchain.md: dev mode
// loses matchAboutBlank). `npm test` builds first; a bare `vitest --project e2e`
// builds here when nothing is built yet. The widget replicas load the libraries
// from tests/fixtures/widgets/vendor (copied from node_modules, never a CDN).
export default function setup() {
  process.env.CHROMIUM_PATH = ensureChromium();
  vendorWidgets();
  const out = process.env.WXT_OUT_DIR ?? '.output';
  if (!existsSync(`${out}/chrome-mv3/manifest.json`)) {
    execSync('npx wxt build', { stdio: 'inherit' });
  }
}
