// The photo pipeline is not in content.js: it is a part (entrypoints/photo-pipeline.ts)
// the content script has the background run in its own frame on the first pick
// (src/lazy/). This proves it loads in every kind of frame the
// content script runs in, including about:srcdoc, and that the page still gets
// only the processed file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { statSync } from 'node:fs';
import type { Frame } from 'playwright-core';
import { EXTENSION_DIR, useExtension, watchPageErrors } from './harness';
// @ts-expect-error plain .mjs script without types
import { fetchTestPhotos, PHOTO_DIR } from '../../scripts/fetch-test-photos.mjs';

const ext = useExtension();

beforeAll(async () => {
  await fetchTestPhotos();
});
afterAll(async () => {
  expect(ext.foreignRequests).toEqual([]);
});

async function pickIn(frame: Frame): Promise<{
  state: string | null;
  seen: { event: string; files: { type: string; size: number }[] }[];
}> {
  await frame.setInputFiles('#photo', path.join(PHOTO_DIR as string, 'phone-12mp-rot6.jpg'));
  await frame.waitForFunction(
    () =>
      ['processed', 'failed'].includes(
        document.querySelector('#photo')?.getAttribute('data-exam-assist-photo') ?? '',
      ),
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  return {
    state: await frame.getAttribute('#photo', 'data-exam-assist-photo'),
    seen: await frame.evaluate(() => (window as any).__seen),
  };
}

describe('photo pipeline loaded on demand', () => {
  it('is a separate file, not part of the content script', () => {
    expect(statSync(path.join(EXTENSION_DIR, 'photo-pipeline.js')).size).toBeGreaterThan(5_000);
  });

  it(
    'processes a pick in an about:srcdoc frame and in a same-origin frame; the page sees only the processed ' +
      'file',
    async () => {
      const page = await ext.context.newPage();
      const errors = watchPageErrors(page);
      await page.goto(ext.platformUrl('lazy/photo-frames.html'));
      const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc');
      const framed = page.frames().find((f) => f.url().endsWith('/photo/basic.html'));
      expect(srcdoc && framed).toBeTruthy();
      for (const frame of [srcdoc!, framed!]) {
        // The content script has marked the frame's fields before the pick (it runs there).
        await frame.waitForSelector('[data-exam-assist-field="name"]', { timeout: 15_000 });
        const { state, seen } = await pickIn(frame);
        expect(state).toBe('processed');
        expect(seen.map((s) => s.event)).toEqual(['input', 'change']);
        expect(seen[1]!.files[0]!.type).toBe('image/jpeg');
        expect(seen[1]!.files[0]!.size).toBeLessThanOrEqual(40_000);
      }
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
