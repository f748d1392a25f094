// `npm run bench`: prints figures, never asserts timings (docs/contributing.md "Tests").
// Each tests/bench/*.bench.ts exports `default async function (): Promise<void>`
// that prints its own table; this runner runs them in a stable order.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = path.resolve('tests/bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

for (const file of files) {
  console.log(`\n=== ${file.replace('.bench.ts', '')} ===`);
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as {
    default: () => Promise<void>;
  };
  await mod.default();
}
