// Shared by the benches that time src/ code in Chromium pages (content,
// teach): a bundle of src/ modules for a page's main world, the bench pages
// served under a prefix in a browser with the extension loaded
// (tests/e2e/harness.ts), and percentiles.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { launchExtension, type ExtensionBrowser } from '../../e2e/harness';

/** `contents` (imports of ./src/…) bundled for a page's main world, minified. */
export async function pageBundle(
  contents: string,
  options: { alias?: Record<string, string> } = {},
): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    alias: options.alias,
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    target: 'chrome120',
  });
  return result.outputFiles[0]!.contents;
}

/** The browser with the extension, serving `files` (name → content) at http://<host>/<prefix>/<name>. */
export async function launchWithPages(
  prefix: string,
  files: Record<string, string | Uint8Array>,
): Promise<ExtensionBrowser> {
  const dir = mkdtempSync(path.join(tmpdir(), `exam-assist-${prefix}-`));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return launchExtension({ extraStatic: { [`/${prefix}/`]: dir } });
}

/** The q-th percentile (0–100) of `values`, NaN when there are none. */
export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((q / 100) * sorted.length))] ?? NaN;
}
