// Photos nobody tested before (page-contract "Photo inputs"): what phones,
// scanners and screenshot tools really produce, derived at test time by
// scripts/fetch-test-photos.mjs (fetchUnseenPhotos, tests/.cache/photos/unseen).
// Every file picked in 个人照片 must reach the page's own listeners as an
// upright image/jpeg named .jpg of at most 40,000 bytes that decodes, or be
// refused: the input marked "failed", the page sees no file, the notice says
// why and what to do. Uprightness is checked from pixels: the test portrait has
// a red block top-left and a blue block bottom-right, so a rotation or a mirror
// moves them; the page's recorder decodes with imageOrientation 'none', so a
// file that still relied on an EXIF orientation would show turned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useExtension, watchPageErrors } from './harness';
import { isBlue, isRed, noticeText, pick as pickFile, seen, type SeenFile } from './photo-helpers';
// @ts-expect-error plain .mjs script without types
import { fetchUnseenPhotos, UNSEEN_DIR } from '../../scripts/fetch-test-photos.mjs';

const ext = useExtension();
const unseen = (name: string) => path.join(UNSEEN_DIR, name);
const pick = (page: Page, selector: string, name: string, timeout?: number) =>
  pickFile(page, selector, unseen(name), timeout);

beforeAll(async () => {
  await fetchUnseenPhotos();
}, 180_000);
afterAll(async () => {
  expect(ext.foreignRequests).toEqual([]);
});

/** The JPEG's marker segments (APPn, COM, SOFn…) up to the scan, from the bytes the page holds. */
async function segmentsOf(
  page: Page,
  selector: string,
): Promise<{ marker: number; length: number; id: string; components?: number }[]> {
  const b64 = await page.evaluate(async (sel) => {
    const f = (document.querySelector(sel) as HTMLInputElement).files![0]!;
    const b = new Uint8Array(await f.arrayBuffer());
    let s = '';
    for (let i = 0; i < b.length; i += 0x8000)
      s += String.fromCharCode(...b.subarray(i, i + 0x8000));
    return btoa(s);
  }, selector);
  const b = Buffer.from(b64, 'base64');
  const out: { marker: number; length: number; id: string; components?: number }[] = [];
  let i = 2;
  while (i + 4 <= b.length && b[i] === 0xff) {
    const marker = b[i + 1]!;
    if (marker === 0xda) break;
    const length = b.readUInt16BE(i + 2);
    const sof =
      marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    out.push({
      marker,
      length,
      id: b
        .subarray(i + 4, i + 4 + 12)
        .toString('latin1')
        .replace(/\0.*$/s, ''),
      ...(sof ? { components: b[i + 9] } : {}),
    });
    i += 2 + length;
  }
  return out;
}

/**
 * Width:height of the red block in the file the page holds (decoded without EXIF
 * orientation). The block is 25 % × 15 % of the upright source, so 1.25 for a
 * 3:4 source and 1.15 for a 33:48 one; a decode squeezed into the wrong shape
 * (orientation read differently from the decoder) changes it, even when the
 * corners still sample the right colours.
 */
async function redBlockAspect(page: Page, selector = '#photo'): Promise<number> {
  return page.evaluate(async (sel) => {
    const f = (document.querySelector(sel) as HTMLInputElement).files![0]!;
    const bitmap = await createImageBitmap(f, { imageOrientation: 'none' });
    const c = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const red = (x: number, y: number) => {
      const i = (y * width + x) * 4;
      return data[i]! > 170 && data[i + 1]! < 90 && data[i + 2]! < 90;
    };
    const y0 = Math.floor(height * 0.05);
    const xs = [...Array(width).keys()].filter((x) => red(x, y0));
    const xMid = xs[Math.floor(xs.length / 2)] ?? 0;
    const ys = [...Array(height).keys()].filter((y) => red(xMid, y));
    return xs.length / Math.max(1, ys.length);
  }, selector);
}

function expectCompliant(file: SeenFile, base: string, maxBytes = 40_000) {
  expect(file.type).toBe('image/jpeg');
  expect(file.name).toBe(`${base}.jpg`);
  expect(file.size).toBeGreaterThan(0);
  expect(file.size).toBeLessThanOrEqual(maxBytes);
  expect(file.magic!.slice(0, 3)).toEqual([0xff, 0xd8, 0xff]);
  expect(file.decoded).toBe(true);
  // Portrait 33:48 (小2寸).
  expect(Math.abs(file.width! / file.height! - 33 / 48)).toBeLessThan(0.01);
}

/** Upright and not mirrored: red top-left, blue bottom-right, and neither on the other side. */
function expectUpright(file: SeenFile) {
  const p = file.pixels!;
  expect({
    topLeft: isRed(p.topLeft),
    bottomRight: isBlue(p.bottomRight),
    topRight: isRed(p.topRight),
    bottomLeft: isBlue(p.bottomLeft),
  }).toEqual({
    topLeft: true,
    bottomRight: true,
    topRight: false,
    bottomLeft: false,
  });
}

/** One pick on a fresh replica page; returns the page's last seen file. */
async function pickFresh(file: string, fixture = 'photo/basic.html', selector = '#photo') {
  const page = await ext.context.newPage();
  const errors = watchPageErrors(page);
  await page.goto(ext.platformUrl(fixture));
  const t0 = Date.now();
  const state = await pick(page, selector, file);
  const ms = Date.now() - t0;
  const log = await seen(page);
  return { page, state, log, ms, errors };
}

describe('个人照片: every EXIF orientation, mirrored ones too, arrives upright', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'EXIF orientation %i (1800×2400 upright; even ones little-endian EXIF)',
    async (n) => {
      const { page, state, log, errors } = await pickFresh(`orient-${n}.jpg`);
      expect(state).toBe('processed');
      expect(log.map((s) => s.event)).toEqual(['input', 'change']);
      const file = log[1]!.files[0]!;
      expectCompliant(file, `orient-${n}`);
      expectUpright(file);
      expect(await redBlockAspect(page)).toBeCloseTo(1.25, 1);
      // Canvas output: no EXIF left that could turn it again.
      expect((await segmentsOf(page, '#photo')).filter((s) => s.id.startsWith('Exif'))).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it(
    'the photo tool page (secure context: DCT-scaled WebCodecs decode) keeps mirrored orientations 2, 5 and 7 ' +
      'upright',
    async () => {
      const page = await ext.context.newPage();
      const errors = watchPageErrors(page);
      await page.goto(ext.extensionUrl('photo.html'));
      for (const n of [2, 5, 7]) {
        const download = page.getByRole('link', { name: /下载照片/ });
        const before = (await download.count()) ? await download.getAttribute('href') : null;
        await page.getByLabel(/选择照片文件/).setInputFiles(unseen(`orient-${n}.jpg`));
        await expect
          .poll(async () => ((await download.count()) ? download.getAttribute('href') : null), {
            timeout: 30_000,
          })
          .not.toBe(before);
        const href = (await download.getAttribute('href'))!;
        const px = await page.evaluate(async (url) => {
          const blob = await (await fetch(url)).blob();
          const bitmap = await createImageBitmap(blob, { imageOrientation: 'none' });
          const c = new OffscreenCanvas(bitmap.width, bitmap.height);
          const ctx = c.getContext('2d')!;
          ctx.drawImage(bitmap, 0, 0);
          const at = (fx: number, fy: number) => [
            ...ctx
              .getImageData(Math.floor(fx * bitmap.width), Math.floor(fy * bitmap.height), 1, 1)
              .data.slice(0, 3),
          ];
          return {
            size: blob.size,
            type: blob.type,
            topLeft: at(0.2, 0.05),
            topRight: at(0.8, 0.05),
            bottomLeft: at(0.2, 0.95),
            bottomRight: at(0.8, 0.95),
          };
        }, href);
        expect(px.size).toBeLessThanOrEqual(40_000);
        expect([
          n,
          isRed(px.topLeft),
          isBlue(px.bottomRight),
          isRed(px.topRight),
          isBlue(px.bottomLeft),
        ]).toEqual([n, true, true, false, false]);
      }
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});

describe('个人照片: other encodings and containers are converted to a compliant upright JPEG', () => {
  it.each([
    ['progressive-rot6.jpg', 'progressive-rot6', 'progressive JPEG with EXIF 6'],
    [
      'exif-twice.jpg',
      'exif-twice',
      'EXIF 6 then a second EXIF block saying 1: the decoder applies the first',
    ],
    [
      'exif-second-ignored.jpg',
      'exif-second-ignored',
      'a first EXIF block without orientation, a second saying 6: the decoder ignores the second',
    ],
    ['cmyk.jpg', 'cmyk', 'CMYK JPEG (Adobe APP14)'],
    [
      'motion-photo.jpg',
      'motion-photo',
      'a motion photo: EXIF 6 JPEG with an MP4 appended after its end',
    ],
    ['icc.jpg', 'icc', 'JPEG with an Adobe RGB ICC profile'],
    ['photo.webp', 'photo', 'WebP'],
    ['photo.gif', 'photo', 'GIF'],
    ['photo.bmp', 'photo', 'BMP'],
    ['png16.png', 'png16', '16-bit PNG'],
    [
      'png-exif6.png',
      'png-exif6',
      'a PNG stored sideways with an eXIf orientation 6 chunk (Chromium applies it)',
    ],
    ['png-content.JPG', 'png-content', 'a PNG named .JPG'],
    ['jpeg-content.png', 'jpeg-content', 'a JPEG with EXIF 8 named .png'],
    ['webp-content.jpeg', 'webp-content', 'a WebP named .jpeg'],
    ['panorama-tall.jpg', 'panorama-tall', 'a 1000×8000 panorama'],
    ['panorama-wide.jpg', 'panorama-wide', 'an 8000×1000 panorama'],
    ['compliant.jpg', 'compliant', 'an already compliant 390×567 JPEG under 40,000 bytes'],
    [
      'compliant-rot6.jpg',
      'compliant-rot6',
      'a JPEG under 40,000 bytes stored sideways (EXIF 6): re-encoded upright',
    ],
    ['huge-exif.jpg', 'huge-exif', '60 KB EXIF + 30 KB XMP around 25 KB of pixels (EXIF 6)'],
  ])('%s → %s.jpg (%s)', async (file, base) => {
    const { page, state, log, errors } = await pickFresh(file);
    expect(state, await noticeText(page)).toBe('processed');
    expect(log.map((s) => s.event)).toEqual(['input', 'change']);
    const out = log[1]!.files[0]!;
    expectCompliant(out, base);
    expectUpright(out);
    // Not squeezed: 1.25 (3:4 sources) or 1.15 (33:48 ones).
    const aspect = await redBlockAspect(page);
    expect(aspect).toBeGreaterThan(1.08);
    expect(aspect).toBeLessThan(1.32);
    expect(log[1]!.value).toMatch(new RegExp(`${base}\\.jpg$`));
    // No metadata is carried over: no EXIF or XMP; only the canvas encoder's own small sRGB profile.
    const segs = await segmentsOf(page, '#photo');
    expect(segs.filter((s) => /^(Exif|http)/.test(s.id))).toEqual([]);
    for (const icc of segs.filter((s) => s.id === 'ICC_PROFILE'))
      expect(icc.length).toBeLessThan(1024);
    expect(Number(await page.getAttribute('#photo', 'data-exam-assist-photo-bytes'))).toBe(
      out.size,
    );
    if (file === 'panorama-wide.jpg') expect(await noticeText(page)).toContain('原图是横向的');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a grayscale (single-component) JPEG arrives as a decodable JPEG, still grey', async () => {
    const { page, state, log } = await pickFresh('gray.jpg');
    expect(state).toBe('processed');
    const out = log.at(-1)!.files[0]!;
    expectCompliant(out, 'gray');
    for (const [r, g, b] of Object.values(out.pixels!))
      expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThan(12);
    await page.close();
  });

  it(
    "a 4000×4000 noise screenshot (48 MB PNG, the byte search's worst case) still ends at most 40," +
      '000 bytes',
    async () => {
      const { page, state, log, ms } = await pickFresh('noise-4000.png');
      console.log(`[photo-unseen] 4000×4000 noise PNG: ${ms} ms from pick to processed`);
      expect(state, await noticeText(page)).toBe('processed');
      expectCompliant(log.at(-1)!.files[0]!, 'noise-4000');
      await page.close();
    },
    120_000,
  );
});

describe('个人照片: files that cannot be made compliant are refused with why and what to do', () => {
  it.each([
    ['truncated.jpg', /不完整|损坏/, /重新/],
    ['truncated-small.jpg', /不完整|损坏/, /重新/],
    ['truncated-progressive.jpg', /不完整|损坏/, /重新/],
    ['empty.jpg', /0 字节|空文件/, /重新/],
    ['one-pixel.png', /照片太小[\s\S]*只有 1×1 像素/, /原始照片/],
    ['thumb-100x140.jpg', /照片太小[\s\S]*只有 100×140 像素/, /原始照片/],
  ])('%s', async (file, why, whatToDo) => {
    const { page, state, log } = await pickFresh(file);
    expect(state).toBe('failed');
    expect(
      await page.evaluate(
        () => (document.querySelector('#photo') as HTMLInputElement).files!.length,
      ),
    ).toBe(0);
    expect(log).toEqual([]);
    const text = await noticeText(page);
    expect(text).toContain('照片未上传');
    expect(text).toMatch(why);
    expect(text).toMatch(whatToDo);
    await page.close();
  });
});

describe('个人照片: repeated and overlapping picks', () => {
  it('picking the same file twice in a row hands the page one processed file per pick', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.platformUrl('photo/basic.html'));
    expect(await pick(page, '#photo', 'orient-6.jpg')).toBe('processed');
    await page.waitForFunction(() => (window as any).__seen.length >= 2, undefined, {
      polling: 100,
    });
    expect(await pick(page, '#photo', 'orient-6.jpg')).toBe('processed');
    await page.waitForFunction(() => (window as any).__seen.length >= 4, undefined, {
      polling: 100,
      timeout: 60_000,
    });
    const log = await seen(page);
    expect(log.map((s) => s.event)).toEqual(['input', 'change', 'input', 'change']);
    for (const s of log) {
      expect(s.files).toHaveLength(1);
      expectCompliant(s.files[0]!, 'orient-6');
      expectUpright(s.files[0]!);
    }
    await page.close();
  });

  it(
    'a second pick while the first is still processing: the page ends with the second file only, one change ' +
      'event',
    async () => {
      const page = await ext.context.newPage();
      await page.goto(ext.platformUrl('photo/basic.html'));
      // Reading and decoding the 48 MB noise PNG takes hundreds of ms; the small JPEG is picked
      // right after it (the next DevTools call, a few ms later), while the first is still processing.
      await page.setInputFiles('#photo', unseen('noise-4000.png'));
      expect(await pick(page, '#photo', 'compliant.jpg')).toBe('processed');
      // Wait until the first pick has finished too (no pick of the input is processing
      // any more): it must not have reached the page.
      await expect
        .poll(() => page.getAttribute('#photo', 'data-exam-assist-photo-jobs'), { timeout: 60_000 })
        .toBeNull();
      const log = await seen(page);
      expect(log.map((s) => `${s.event}:${s.files.map((f) => f.name).join(',')}`)).toEqual([
        'input:compliant.jpg',
        'change:compliant.jpg',
      ]);
      expect(
        await page.evaluate(
          () => (document.querySelector('#photo') as HTMLInputElement).files![0]!.name,
        ),
      ).toBe('compliant.jpg');
      expect(await page.getAttribute('#photo', 'data-exam-assist-photo')).toBe('processed');
      expectUpright(log.at(-1)!.files[0]!);
      await page.close();
    },
    90_000,
  );
});

describe('material upload page (R-MATERIAL: jpg/png ≤ 200,000 bytes)', () => {
  it.each([
    ['photo.gif', 'photo'],
    ['photo.webp', 'photo'],
    ['photo.bmp', 'photo'],
    ['cmyk.jpg', 'cmyk'],
    ['orient-7.jpg', 'orient-7'],
    ['huge-exif.jpg', 'huge-exif'],
  ])('%s arrives as jpg/png at most 200,000 bytes, upright', async (file, base) => {
    const { page, state, log } = await pickFresh(file, 'photo/material.html', '#idcard');
    expect(state, await noticeText(page)).toBe('processed');
    const out = log.at(-1)!.files[0]!;
    expect(out.size).toBeLessThanOrEqual(200_000);
    expect(out.name).toBe(out.type === 'image/png' ? `${base}.png` : `${base}.jpg`);
    expect(['image/jpeg', 'image/png']).toContain(out.type);
    expect(out.decoded).toBe(true);
    expect(
      isRed(out.pixels!.topLeft) && isBlue(out.pixels!.bottomRight) && !isRed(out.pixels!.topRight),
    ).toBe(true);
    await page.close();
  });

  it('a CMYK JPEG already under 200,000 bytes is re-encoded (3 components), not handed over as it is', async () => {
    const source = readFileSync(unseen('cmyk-small.jpg'));
    expect(source.length).toBeLessThan(200_000);
    const { page, state, log } = await pickFresh(
      'cmyk-small.jpg',
      'photo/material.html',
      '#idcard',
    );
    expect(state).toBe('processed');
    const out = log.at(-1)!.files[0]!;
    expect(out.size).toBeLessThanOrEqual(200_000);
    expect(out.decoded).toBe(true);
    if (out.type === 'image/jpeg')
      expect(
        (await segmentsOf(page, '#idcard')).find((s) => s.components !== undefined)?.components,
      ).toBe(3);
    expect(isRed(out.pixels!.topLeft)).toBe(true);
    await page.close();
  });

  it('a truncated JPEG already under 200,000 bytes is refused, not handed over as it is', async () => {
    expect(readFileSync(unseen('truncated-small.jpg')).length).toBeLessThan(200_000);
    const { page, state, log } = await pickFresh(
      'truncated-small.jpg',
      'photo/material.html',
      '#idcard',
    );
    expect(state).toBe('failed');
    expect(log).toEqual([]);
    expect(await noticeText(page)).toMatch(/不完整|损坏/);
    await page.close();
  });

  it('a 4000×4000 noise PNG ends at most 200,000 bytes', async () => {
    const { page, state, log, ms } = await pickFresh(
      'noise-4000.png',
      'photo/material.html',
      '#idcard',
    );
    console.log(`[photo-unseen] material, 4000×4000 noise PNG: ${ms} ms`);
    expect(state, await noticeText(page)).toBe('processed');
    expect(log.at(-1)!.files[0]!.size).toBeLessThanOrEqual(200_000);
    await page.close();
  }, 120_000);
});
