// The photo tool page (an extension page, linked from the
// popup): pick a photo, move the crop with the keyboard, choose the preset,
// download a compliant file.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useExtension, watchPageErrors } from './harness';
// @ts-expect-error plain .mjs script without types
import { fetchTestPhotos, PHOTO_DIR } from '../../scripts/fetch-test-photos.mjs';

const ext = useExtension();
beforeAll(async () => {
  await fetchTestPhotos();
});
afterAll(async () => {
  expect(ext.foreignRequests).toEqual([]);
});

it('the popup links to the photo tool', async () => {
  const page = await ext.context.newPage();
  await page.goto(ext.extensionUrl('popup.html'));
  const link = page.getByRole('link', { name: /照片工具/ }).first();
  expect(await link.getAttribute('href')).toMatch(/\/photo\.html$/);
  await page.close();
});

it('has the header of the other pages: links back, the language switch, the preset that applies', async () => {
  const page = await ext.context.newPage();
  await page.goto(ext.extensionUrl('photo.html'));
  await expect(page.locator('header h1').textContent()).resolves.toBe('照片工具');
  expect(await page.title()).toBe('报名助手 · 照片工具');
  const nav = page.getByRole('navigation', { name: '其他页面' });
  await expect(nav.getByRole('link', { name: '资料与备份' }).getAttribute('href')).resolves.toBe(
    ext.extensionUrl('options.html'),
  );
  await expect(nav.getByRole('link', { name: '练习表单' }).getAttribute('href')).resolves.toBe(
    ext.extensionUrl('practice.html'),
  );
  // The default rule set (guide-2014) takes the guide's 40 KB photo: that preset says it applies.
  const applies = page.getByTestId('preset-applies');
  await expect(applies.count()).resolves.toBe(1);
  await expect(
    page.locator('label', { has: applies }).getByRole('radio').getAttribute('value'),
  ).resolves.toBe('guide');
  await expect(applies.textContent()).resolves.toContain('本次报名使用这一规格');
  await page.getByRole('button', { name: 'English' }).click();
  await expect.poll(() => page.locator('header h1').textContent()).toBe('Photo tool');
  await expect.poll(() => page.title()).toBe('Exam assistant · Photo tool');
  await expect(applies.textContent()).resolves.toContain('this year’s registration');
  await page.getByRole('button', { name: '中文' }).click();
  await expect.poll(() => page.locator('header h1').textContent()).toBe('照片工具');
  await page.close();
});

it(
  'pick a rotated phone photo, move the crop with the keyboard, switch preset, download a compliant ' +
    'JPEG',
  async () => {
    const page = await ext.context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(ext.extensionUrl('photo.html'));
    await page
      .getByLabel(/选择照片文件/)
      .setInputFiles(path.join(PHOTO_DIR, 'phone-12mp-rot6.jpg'));
    const status = page.getByRole('status');
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toMatch(/处理后 \d+\.\d KB（390×567 像素/);
    const download = page.getByRole('link', { name: /下载照片/ });
    const firstHref = await download.getAttribute('href');

    // Keyboard: focus the preview and move the crop right; a new result replaces the old one.
    await page.getByRole('group', { name: /方向键/ }).focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => download.getAttribute('href'), { timeout: 30_000 }).not.toBe(firstHref);

    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    const bytes = readFileSync((await file.path())!);
    expect(file.suggestedFilename()).toBe('phone-12mp-rot6.jpg');
    expect(bytes.length).toBeLessThanOrEqual(40_000);
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    // Upright (the extension page decodes through WebCodecs' DCT-scaled path): red block top-left, blue bottom-right.
    const px = await page.evaluate(async (b64) => {
      const bitmap = await createImageBitmap(
        new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/jpeg' }),
      );
      const c = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const at = (fx: number, fy: number) => [
        ...ctx
          .getImageData(Math.floor(fx * bitmap.width), Math.floor(fy * bitmap.height), 1, 1)
          .data.slice(0, 3),
      ];
      return {
        w: bitmap.width,
        h: bitmap.height,
        topLeft: at(0.2, 0.05),
        bottomRight: at(0.8, 0.95),
      };
    }, bytes.toString('base64'));
    expect(px.h).toBeGreaterThan(px.w);
    expect(px.topLeft[0]).toBeGreaterThan(170);
    expect(px.topLeft[1]).toBeLessThan(90);
    expect(px.bottomRight[2]).toBeGreaterThan(170);
    expect(px.bottomRight[0]).toBeLessThan(90);

    // The later-notices preset: under 30 KB.
    await page.getByRole('radio', { name: /小于 30 KB/ }).check();
    await expect
      .poll(
        async () =>
          Number((await download.textContent())?.match(/= ([\d,]+) B/)?.[1]?.replace(/,/g, '')),
        { timeout: 30_000 },
      )
      .toBeLessThan(30_000);
    expect(errors).toEqual([]);
    await page.close();
  },
);

it(
  'on a detailed photo the tool page uses MozJPEG (wasm is allowed in extension pages) and stays under the ' +
    'limit',
  async () => {
    const page = await ext.context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(ext.extensionUrl('photo.html'));
    await page.getByLabel(/选择照片文件/).setInputFiles(path.join(PHOTO_DIR, 'real-Path.jpg'));
    const status = page.getByRole('status');
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toMatch(/处理后 .*MozJPEG）/);
    const text = (await page.getByRole('link', { name: /下载照片/ }).textContent())!;
    expect(Number(text.match(/([\d.]+) KB/)![1])).toBeLessThanOrEqual(40);
    expect(errors).toEqual([]);
    await page.close();
  },
);

it('choosing the later-notices preset in the options page changes what the platform page receives', async () => {
  const options = await ext.context.newPage();
  await options.goto(ext.extensionUrl('options.html'));
  const radio = options.getByRole('radio', { name: /2021 年后通知/ });
  await radio.check();
  await expect.poll(() => options.getByText('已保存。').count()).toBeGreaterThan(0);
  const page = await ext.context.newPage();
  await page.goto(ext.platformUrl('photo/basic.html'));
  await page.setInputFiles('#photo', path.join(PHOTO_DIR, 'phone-12mp-upright.jpg'));
  await page.waitForFunction(
    () => document.querySelector('#photo')?.getAttribute('data-exam-assist-photo') === 'processed',
    undefined,
    { polling: 100 },
  );
  expect(Number(await page.getAttribute('#photo', 'data-exam-assist-photo-bytes'))).toBeLessThan(
    30_000,
  );
  // Back to the default: follow the rule set (guide: 40,000 bytes).
  await options.getByRole('radio', { name: /跟随规则版本/ }).check();
  await expect
    .poll(() =>
      ext.context
        .serviceWorkers()[0]!
        .evaluate(
          async () =>
            (await (globalThis as any).chrome.storage.local.get('photoPreset')).photoPreset,
        ),
    )
    .toBe('ruleSet');
  await page.close();
  await options.close();
});

it('an iPhone HEIC is converted in the tool page (libheif wasm, loaded only then) into a compliant JPEG', async () => {
  const manifest = (await fetchTestPhotos()) as { heic: string };
  const page = await ext.context.newPage();
  const errors = watchPageErrors(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(ext.extensionUrl('photo.html'));
  // The 2 MB decoder is not part of the page until a HEIC file is picked.
  expect(requests.some((u) => /libheif/i.test(u))).toBe(false);
  await page.getByLabel(/选择照片文件/).setInputFiles(path.join(PHOTO_DIR, 'iphone.heic'));
  if (manifest.heic !== 'heif-enc') {
    // No HEIC encoder on this machine: the stand-in file is only a HEIC header, refused with how to export a JPEG.
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 30_000 })
      .toContain('兼容性最佳');
    return;
  }
  const download = page.getByRole('link', { name: /下载照片/ });
  await expect.poll(() => download.count(), { timeout: 60_000 }).toBe(1);
  expect(requests.some((u) => /libheif/i.test(u))).toBe(true);
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  const bytes = readFileSync((await file.path())!);
  expect(file.suggestedFilename()).toBe('iphone.jpg');
  expect(bytes.length).toBeLessThanOrEqual(40_000);
  expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  // "Before" is the candidate's own HEIC file, rounded down to 0.1 KB.
  const heicKb = (
    Math.floor(readFileSync(path.join(PHOTO_DIR, 'iphone.heic')).length / 100) / 10
  ).toFixed(1);
  expect(await page.getByRole('status').textContent()).toContain(`处理前 ${heicKb} KB → 处理后 `);
  expect(errors).toEqual([]);
  await page.close();
});
