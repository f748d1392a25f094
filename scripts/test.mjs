// `npm test`: everything a maintainer trusts, in one command.
// 0. dependencies, 1. type check and lint, 2. Chromium present, 3. production build,
// 4. unit + e2e tests. Extra arguments go to vitest (e.g. `npm test -- --project unit`).
import { execSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureDeps } from './ensure-deps.mjs';

const run = (cmd) => {
  console.log(`\n$ ${cmd}`);
  execSync(cmd, { stdio: 'inherit' });
};

try {
  ensureDeps();
  run('npx tsc --noEmit');
  run('npm run --silent lint');
  process.env.CHROMIUM_PATH = ensureChromium();
  run('npx wxt build');
  run(`npx vitest run ${process.argv.slice(2).join(' ')}`);
} catch (error) {
  console.error(
    `\nnpm test failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
  );
  process.exit(1);
}
