// Regenerates docs/screenshots/*.png from the real extension,
// and checks that each picture is a real, non-trivial PNG of the right size.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './harness';
// @ts-expect-error plain .mjs script without types
import { captureScreenshots } from '../../scripts/screenshots.mjs';
// @ts-expect-error plain .mjs script without types
import { fetchTestPhotos, PHOTO_DIR } from '../../scripts/fetch-test-photos.mjs';

describe('README screenshots', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    await fetchTestPhotos();
    browser = await launchExtension();
  });
  afterAll(async () => browser?.close());

  it('are taken from the running extension into docs/screenshots', async () => {
    const started = Date.now();
    const files: string[] = await captureScreenshots({
      ...browser,
      photoPath: path.join(PHOTO_DIR, 'phone-12mp-rot6.jpg'),
    });
    expect(files.map((f) => path.basename(f)).sort()).toEqual([
      'photo-notice.png',
      'popup.png',
      'practice-warnings.png',
    ]);
    for (const file of files) {
      const bytes = readFileSync(file);
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(statSync(file).mtimeMs).toBeGreaterThanOrEqual(started - 1000);
      // Width from the IHDR chunk: the viewport each picture was taken at.
      const width = bytes.readUInt32BE(16);
      expect(width).toBeGreaterThanOrEqual(400);
      expect(bytes.length).toBeGreaterThan(10_000);
    }
    expect(browser.foreignRequests).toEqual([]);
  });
});
