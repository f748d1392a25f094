// Photo inputs end to end in Chromium with the built extension, on the replica
// pages, with real photographs taken from a Debian package at test time
// (scripts/fetch-test-photos.mjs): the page's own listeners receive only the
// processed file; bad files are refused with a message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useExtension, watchPageErrors } from './harness';
import {
  find,
  isBlue,
  isRed,
  noticeHost,
  noticeText,
  pick as pickFile,
  seen,
} from './photo-helpers';
// @ts-expect-error plain .mjs script without types
import { fetchTestPhotos, PHOTO_DIR } from '../../scripts/fetch-test-photos.mjs';

const ext = useExtension();
const photo = (name: string) => path.join(PHOTO_DIR, name);
const pick = (page: Page, selector: string, name: string) => pickFile(page, selector, photo(name));

beforeAll(async () => {
  await fetchTestPhotos();
});
afterAll(async () => {
  expect(ext.foreignRequests).toEqual([]);
});

/** Clicks a button of the notice by its accessible name, as a mouse user would (closed shadow root: via CDP boxes). */
async function clickInNotice(page: Page, name: RegExp): Promise<void> {
  const { host, cdp } = await noticeHost(page);
  const button =
    host &&
    find(
      host,
      (n) =>
        n.nodeName === 'BUTTON' &&
        name.test((n.attributes ?? [])[(n.attributes ?? []).indexOf('aria-label') + 1] ?? ''),
    );
  if (!button) throw new Error(`no button ${name} in the notice`);
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as {
    model: { content: number[] };
  };
  await cdp.detach();
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}
async function setPreset(value: string | undefined) {
  const [worker] = ext.context.serviceWorkers();
  await worker!.evaluate(async (v) => {
    const c = (globalThis as any).chrome;
    if (v === undefined) await c.storage.local.remove('photoPreset');
    else await c.storage.local.set({ photoPreset: v });
  }, value);
}

describe('photo input on the replica 基本情况 page', () => {
  it(
    'a rotated 12 MP phone photo reaches the page as an upright JPEG of at most 40,000 bytes, with preview ' +
      'and sizes shown',
    async () => {
      const page = await ext.context.newPage();
      const errors = watchPageErrors(page);
      await page.goto(ext.platformUrl('photo/basic.html'));
      const t0 = Date.now();
      expect(await pick(page, '#photo', 'phone-12mp-rot6.jpg')).toBe('processed');
      console.log(`[photo e2e] 12 MP rotated: ${Date.now() - t0} ms from pick to processed`);
      const log = await seen(page);
      // The page's listeners never saw the original: one input and one change, both with the processed file.
      expect(log.map((s) => s.event)).toEqual(['input', 'change']);
      const file = log[1]!.files[0]!;
      expect(log[1]!.files).toHaveLength(1);
      expect(file.type).toBe('image/jpeg');
      expect(file.name).toMatch(/\.jpg$/);
      expect(file.size).toBeLessThanOrEqual(40_000);
      expect(file.magic!.slice(0, 3)).toEqual([0xff, 0xd8, 0xff]);
      expect(file.decoded).toBe(true);
      // Portrait 33:48, upright: red block top-left, blue bottom-right (not rotated, not mirrored).
      expect(file.height!).toBeGreaterThan(file.width!);
      expect(Math.abs(file.width! / file.height! - 33 / 48)).toBeLessThan(0.01);
      expect(isRed(file.pixels!.topLeft)).toBe(true);
      expect(isBlue(file.pixels!.bottomRight)).toBe(true);
      expect(isRed(file.pixels!.topRight)).toBe(false);
      expect(isBlue(file.pixels!.bottomLeft)).toBe(false);
      expect(Number(await page.getAttribute('#photo', 'data-exam-assist-photo-bytes'))).toBe(
        file.size,
      );
      const text = await noticeText(page);
      expect(text).toContain('照片已处理');
      expect(text).toMatch(/处理前 1\.4 MB（3024×4032）→ 处理后 \d+\.\d KB（\d+×\d+）/);
      expect(text).toContain('[img: 处理后的照片预览');
      expect(text).toContain('不超过 40 KB'); // the active preset
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it(
    'the crop can be moved in the notice: the page receives a new, still compliant file with the content ' +
      'shifted',
    async () => {
      const page = await ext.context.newPage();
      await page.goto(ext.platformUrl('photo/basic.html'));
      expect(await pick(page, '#photo', 'phone-12mp-upright.jpg')).toBe('processed');
      const before = (await seen(page)).at(-1)!.files[0]!;
      expect(isBlue(before.pixels!.bottomRight)).toBe(true);
      // Zoom in three steps (1.3×) and move the frame up once: each click hands the page a new file.
      // The notice speaks the UI language only (Chinese here): 放大 = zoom in, 裁剪框上移 = frame up.
      for (const [i, name] of [/^放大$/, /^放大$/, /^放大$/, /^裁剪框上移$/].entries()) {
        await clickInNotice(page, name);
        await page.waitForFunction((n) => (window as any).__seen.length >= n, 2 * (i + 2), {
          polling: 100,
        });
      }
      const log = await seen(page);
      expect(log.map((s) => s.event)).toEqual(Array(5).fill(['input', 'change']).flat());
      const after = log.at(-1)!.files[0]!;
      expect(after.type).toBe('image/jpeg');
      expect(after.size).toBeLessThanOrEqual(40_000);
      expect([after.width, after.height]).toEqual([before.width, before.height]);
      // The frame now ends above the blue block at the bottom; the red block at the top is still there.
      expect(isBlue(after.pixels!.bottomRight)).toBe(false);
      expect(isRed(after.pixels!.topLeft)).toBe(true);
      expect(Number(await page.getAttribute('#photo', 'data-exam-assist-photo-bytes'))).toBe(
        after.size,
      );
      await page.close();
    },
  );

  it(
    'a 48 MP photo and a PNG with transparency both arrive compliant; transparency becomes white, ' +
      'not black',
    async () => {
      const page = await ext.context.newPage();
      await page.goto(ext.platformUrl('photo/basic.html'));
      expect(await pick(page, '#photo', 'phone-48mp.jpg')).toBe('processed');
      let log = await seen(page);
      let file = log.at(-1)!.files[0]!;
      expect(file.size).toBeLessThanOrEqual(40_000);
      expect(file.type).toBe('image/jpeg');
      expect(isRed(file.pixels!.topLeft)).toBe(true);

      expect(await pick(page, '#photo', 'transparent.png')).toBe('processed');
      log = await seen(page);
      file = log.at(-1)!.files[0]!;
      expect(file.type).toBe('image/jpeg');
      expect(file.name).toBe('transparent.jpg');
      expect(log.at(-1)!.value).toMatch(/transparent\.jpg$/);
      expect(file.size).toBeLessThanOrEqual(40_000);
      expect(Math.min(...file.pixels!.corner)).toBeGreaterThan(240);
      // Every event the page saw carried a processed file.
      for (const s of log) for (const f of s.files) expect(f.type).toBe('image/jpeg');
      await page.close();
    },
  );

  it.each([
    ['not-an-image.jpg', '不是图片'],
    ['iphone.heic', 'HEIC'],
    ['tiny.jpg', '照片太小'],
  ])(
    '%s is refused: the page sees no file and the notice says why and what to do',
    async (name, why) => {
      const page = await ext.context.newPage();
      await page.goto(ext.platformUrl('photo/basic.html'));
      expect(await pick(page, '#photo', name)).toBe('failed');
      expect(
        await page.evaluate(
          () => (document.querySelector('#photo') as HTMLInputElement).files!.length,
        ),
      ).toBe(0);
      expect(await seen(page)).toEqual([]);
      const text = await noticeText(page);
      expect(text).toContain('照片未上传');
      expect(text).toContain(why);
      await page.close();
    },
  );

  it('an old photo (EXIF date) is processed with a warning about 近期 (6 months)', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.platformUrl('photo/basic.html'));
    expect(await pick(page, '#photo', 'phone-12mp-rot6-old.jpg')).toBe('processed');
    const text = await noticeText(page);
    expect(text).toContain('超过 6 个月');
    expect(text).toContain('背景看起来不是白色');
    await page.close();
  });

  it(
    'with the later-notices preset the page gets < 30 KB and at least 190×254 px, and the notice names the ' +
      'preset',
    async () => {
      await setPreset('notice');
      try {
        const page = await ext.context.newPage();
        await page.goto(ext.platformUrl('photo/basic.html'));
        expect(await pick(page, '#photo', 'real-Path.jpg')).toBe('processed');
        const file = (await seen(page)).at(-1)!.files[0]!;
        expect(file.size).toBeLessThan(30_000);
        expect(file.width!).toBeGreaterThanOrEqual(190);
        expect(file.height!).toBeGreaterThanOrEqual(254);
        expect(await noticeText(page)).toContain('小于 30 KB');
        await page.close();
      } finally {
        await setPreset(undefined);
      }
    },
  );

  it('a file input that is not the photo on an ordinary page is left alone', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.platformUrl('photo/basic.html'));
    await page.setInputFiles('#other', photo('real-Kite.jpg'));
    await page.waitForFunction(() => (window as any).__seen.length >= 2);
    const log = await seen(page);
    expect(log[0]!.files[0]!.name).toBe('real-Kite.jpg');
    expect(log[0]!.files[0]!.size).toBeGreaterThan(400_000);
    expect(await page.getAttribute('#other', 'data-exam-assist-photo')).toBeNull();
    await page.close();
  });
});

describe('material upload page (R-MATERIAL)', () => {
  it(
    'a large phone photo of a document arrives as ≤ 200,000 bytes, upright and uncropped; a transparent PNG ' +
      'arrives on white',
    async () => {
      const page = await ext.context.newPage();
      await page.goto(ext.platformUrl('photo/material.html'));
      expect(await pick(page, '#idcard', 'phone-12mp-rot6.jpg')).toBe('processed');
      let file = (await seen(page)).at(-1)!.files[0]!;
      expect(file.size).toBeLessThanOrEqual(200_000);
      expect(['image/jpeg', 'image/png']).toContain(file.type);
      expect(file.height!).toBeGreaterThan(file.width!); // upright 3:4, not cropped to 33:48
      expect(Math.abs(file.width! / file.height! - 3 / 4)).toBeLessThan(0.01);
      expect(isRed(file.pixels!.topLeft)).toBe(true);
      expect(await noticeText(page)).toContain('不超过 200 KB');

      expect(await pick(page, '#diploma', 'transparent.png')).toBe('processed');
      file = (await seen(page)).at(-1)!.files[0]!;
      expect(file.size).toBeLessThanOrEqual(200_000);
      expect(file.name).toMatch(/\.(jpg|png)$/);
      expect(Math.min(...file.pixels!.corner)).toBeGreaterThan(240);
      await page.close();
    },
  );

  it(
    'scans: a big PNG scan is brought under 200,000 bytes (type matches its name); a small one is kept as PNG,' +
      ' unchanged',
    async () => {
      const page = await ext.context.newPage();
      await page.goto(ext.platformUrl('photo/material.html'));
      expect(await pick(page, '#diploma', 'scan.png')).toBe('processed');
      let file = (await seen(page)).at(-1)!.files[0]!;
      expect(file.size).toBeLessThanOrEqual(200_000);
      expect(file.name).toBe(file.type === 'image/png' ? 'scan.png' : 'scan.jpg');
      expect(file.height! / file.width!).toBeCloseTo(3508 / 2480, 2);
      expect(file.decoded).toBe(true);

      const small = readFileSync(photo('scan-small.png'));
      expect(small.length).toBeLessThan(200_000);
      expect(await pick(page, '#idcard', 'scan-small.png')).toBe('processed');
      file = (await seen(page)).at(-1)!.files[0]!;
      expect(file.type).toBe('image/png');
      expect(file.size).toBe(small.length);
      await page.close();
    },
  );
});
