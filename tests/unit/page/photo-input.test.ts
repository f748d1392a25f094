// @vitest-environment happy-dom
// Photo and material inputs (src/page/photo-input.ts) as the page and the
// candidate see them: which file inputs are taken over, that the page's own
// listeners only ever see the processed file (or none, with the reason shown),
// that a superseded pick never reaches the page, and that stop() lets picks
// through. The image pipeline itself is tested in tests/unit/images and
// end to end; here it is replaced by one whose results the test decides.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProcessResult } from '../../../src/images/pipeline';
import {
  classifyFileInput,
  startPhotoInputs,
  type PhotoInputs,
} from '../../../src/page/photo-input';
import { sessionOn } from './dom-page';

const pipeline = vi.hoisted(() => ({
  processImage: vi.fn<(file: File, options: unknown) => Promise<ProcessResult>>(),
}));
vi.mock('../../../src/lazy/photo-pipeline', () => pipeline);

const PHOTO_PAGE = `<table>
  <tr><td>*个人照片：</td><td><input type="file" id="photo" accept=".jpg"> <span>jpg格式,不要大于40k</span></td></tr>
  <tr><td>其他附件：</td><td><input type="file" id="other"></td></tr>
</table>`;

function processed(name: string, bytes = 38_000): ProcessResult {
  const file = new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' });
  return {
    ok: true,
    file,
    format: 'jpeg',
    width: 390,
    height: 567,
    bytes,
    encodeTries: 3,
    encoder: 'canvas',
    source: { bytes: 3_500_000, format: 'jpeg', width: 3024, height: 4032, name: 'IMG_0001.jpg' },
    warnings: [],
    ms: { decode: 1, total: 2 },
  };
}

const REFUSED: ProcessResult = {
  ok: false,
  reason: 'not-image',
  message: { zh: '这个文件不是图片。', en: 'This file is not an image.' },
  warnings: [],
};

/** What the page's own listeners on the input saw: event type and file names. */
function pageListener(input: HTMLInputElement): string[] {
  const seen: string[] = [];
  for (const type of ['input', 'change'])
    input.addEventListener(type, () =>
      seen.push(`${type}:${[...(input.files ?? [])].map((f) => f.name).join(',')}`),
    );
  return seen;
}

/** A pick as the browser reports it: the chosen file in `files`, then input and change. */
function pick(input: HTMLInputElement, name: string): void {
  const transfer = new DataTransfer();
  transfer.items.add(new File([new Uint8Array(4_000_000)], name, { type: 'image/jpeg' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The notice's text (its shadow root is closed in the product; opened here to read it). */
function noticeText(): string {
  const host = document.querySelector('[data-exam-assist-photo-notice]');
  return host?.shadowRoot?.textContent ?? '';
}

let inputs: PhotoInputs | undefined;
const attachShadow = Element.prototype.attachShadow;
beforeEach(() => {
  pipeline.processImage.mockReset();
  Element.prototype.attachShadow = function (init: ShadowRootInit) {
    return attachShadow.call(this, { ...init, mode: 'open' });
  };
});
afterEach(() => {
  inputs?.stop();
  inputs = undefined;
  Element.prototype.attachShadow = attachShadow;
});

const byId = (id: string) => document.getElementById(id) as HTMLInputElement;
const state = (input: HTMLInputElement) => input.getAttribute('data-exam-assist-photo');

describe('classifyFileInput', () => {
  it('the 个人照片 input the session recognized is the photo; another file input of the page is not', async () => {
    const { session } = sessionOn(PHOTO_PAGE);
    await session.whenChecked();
    expect(classifyFileInput(byId('photo'))).toBe('photo');
    expect(classifyFileInput(byId('other'))).toBeUndefined();
  });

  it('any file input of a material upload page is a material; a text box never is', () => {
    document.title = '上传相关材料';
    document.body.innerHTML = '<h2>报名材料上传</h2><input type="file" id="scan"><input id="t">';
    expect(classifyFileInput(byId('scan'))).toBe('material');
    expect(classifyFileInput(byId('t'))).toBeUndefined();
    document.title = '';
  });
});

describe('startPhotoInputs', () => {
  async function photoPage() {
    const { session } = sessionOn(PHOTO_PAGE);
    await session.whenChecked();
    inputs = startPhotoInputs(document);
    return byId('photo');
  }

  it(
    'the page sees only the processed file, with one input and one change, and the notice shows the ' +
      'sizes',
    async () => {
      const photo = await photoPage();
      const seen = pageListener(photo);
      pipeline.processImage.mockResolvedValueOnce(processed('IMG_0001.jpg'));
      pick(photo, 'IMG_0001.jpg');
      await expect.poll(() => state(photo)).toBe('processed');
      expect(seen).toEqual(['input:IMG_0001.jpg', 'change:IMG_0001.jpg']);
      expect(photo.files![0]!.size).toBe(38_000);
      expect(photo.getAttribute('data-exam-assist-photo-bytes')).toBe('38000');
      expect(photo.hasAttribute('data-exam-assist-photo-jobs')).toBe(false);
      expect(noticeText()).toContain('照片已处理，可以上传');
      expect(noticeText()).toMatch(/处理前 .*→ 处理后 /);
      // Only the original pick went to the pipeline, once.
      expect(pipeline.processImage).toHaveBeenCalledTimes(1);
      expect(pipeline.processImage.mock.calls[0]![0].size).toBe(4_000_000);
    },
  );

  it(
    'a file that cannot be made compliant: the input is emptied, the page saw nothing, the notice ' +
      'says why',
    async () => {
      const photo = await photoPage();
      const seen = pageListener(photo);
      pipeline.processImage.mockResolvedValueOnce(REFUSED);
      pick(photo, 'notes.jpg');
      await expect.poll(() => state(photo)).toBe('failed');
      expect(seen).toEqual([]);
      expect(photo.files?.length ?? 0).toBe(0);
      expect(noticeText()).toContain('照片未上传');
      expect(noticeText()).toContain('这个文件不是图片。');
    },
  );

  it('a pick superseded while processing never reaches the page, whichever finishes first', async () => {
    const photo = await photoPage();
    const seen = pageListener(photo);
    let finishFirst!: (result: ProcessResult) => void;
    pipeline.processImage
      .mockReturnValueOnce(new Promise((resolve) => (finishFirst = resolve)))
      .mockResolvedValueOnce(processed('second.jpg'));
    pick(photo, 'first.jpg');
    await expect.poll(() => pipeline.processImage.mock.calls.length).toBe(1);
    pick(photo, 'second.jpg');
    await expect.poll(() => state(photo)).toBe('processed');
    // The first pick is still processing, and the input says so.
    expect(photo.getAttribute('data-exam-assist-photo-jobs')).toBe('1');
    finishFirst(processed('first.jpg'));
    await expect.poll(() => photo.getAttribute('data-exam-assist-photo-jobs')).toBeNull();
    expect(seen).toEqual(['input:second.jpg', 'change:second.jpg']);
    expect(photo.files![0]!.name).toBe('second.jpg');
  });

  it('the notice shows "processing" only for a pick still running after 150 ms, then its result', async () => {
    const photo = await photoPage();
    let finish!: (result: ProcessResult) => void;
    pipeline.processImage.mockReturnValueOnce(new Promise((resolve) => (finish = resolve)));
    pick(photo, 'IMG_0003.jpg');
    const box = () =>
      document
        .querySelector('[data-exam-assist-photo-notice]')
        ?.shadowRoot?.querySelector<HTMLElement>('.box');
    await expect.poll(() => pipeline.processImage.mock.calls.length).toBe(1);
    expect(box()?.hidden).toBe(true);
    await expect.poll(() => box()?.hidden, { timeout: 2000 }).toBe(false);
    expect(noticeText()).toContain('正在处理所选照片');
    finish(processed('IMG_0003.jpg'));
    await expect.poll(() => state(photo)).toBe('processed');
    expect(noticeText()).toContain('照片已处理，可以上传');
    expect(box()?.hidden).toBe(false);
  });

  it('a pick done sooner shows its result only: "processing" is never drawn', async () => {
    const photo = await photoPage();
    const drawn: string[] = [];
    const watch = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) drawn.push(n.textContent ?? '');
    });
    // The notice's timer on the test's clock: the 150 ms pass without waiting for them.
    expect(document.defaultView!.setTimeout).toBe(globalThis.setTimeout);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      pipeline.processImage.mockImplementationOnce(
        () => new Promise((resolve) => setTimeout(() => resolve(processed('IMG_0004.jpg')), 20)),
      );
      pick(photo, 'IMG_0004.jpg');
      const host = document.querySelector('[data-exam-assist-photo-notice]')!;
      watch.observe(host.shadowRoot!, { childList: true, subtree: true });
      await vi.advanceTimersByTimeAsync(20);
      expect(state(photo)).toBe('processed');
      // Well past the delay: a late timer must not draw the finished pick as "processing".
      await vi.advanceTimersByTimeAsync(1000);
      await Promise.resolve();
      watch.disconnect();
    } finally {
      vi.useRealTimers();
    }
    expect(noticeText()).toContain('照片已处理，可以上传');
    expect(drawn.join(' ')).toContain('照片已处理');
    expect(drawn.join(' ')).not.toContain('正在处理');
  });

  it('leaves another file input of the page alone, and every input once stopped', async () => {
    const photo = await photoPage();
    const other = byId('other');
    const seenOther = pageListener(other);
    pick(other, 'cv.jpg');
    expect(seenOther).toEqual(['input:cv.jpg', 'change:cv.jpg']);
    expect(state(other)).toBeNull();

    inputs!.stop();
    inputs = undefined;
    const seenPhoto = pageListener(photo);
    pick(photo, 'IMG_0002.jpg');
    expect(seenPhoto).toEqual(['input:IMG_0002.jpg', 'change:IMG_0002.jpg']);
    expect(pipeline.processImage).not.toHaveBeenCalled();
    expect(document.querySelector('[data-exam-assist-photo-notice]')).toBeNull();
  });
});
