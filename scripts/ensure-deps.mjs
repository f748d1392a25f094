// Lets the quick start be exactly `npm start` / `npm test` on a fresh clone:
// installs the locked dependencies when node_modules is missing or stale.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

export function ensureDeps() {
  const marker = 'node_modules/.package-lock.json';
  const stale =
    !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
  if (stale) {
    console.log('[setup] installing dependencies (npm ci)…');
    execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  }
}
