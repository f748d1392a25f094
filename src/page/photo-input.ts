// Photo and material file inputs on the platform's pages (docs/spec/page-contract.md
// "Photo inputs"). We listen for `input`/`change` in the
// CAPTURE phase on the window, so we run before the page's own listeners; the
// picked file is held back (stopImmediatePropagation), processed by
// src/images/, and the processed File is put into input.files (DataTransfer)
// with fresh input+change events, so the page's listeners only ever see a file
// the platform accepts. A file that cannot be made compliant leaves the input
// empty, marked "failed", with a message saying why and what to do.
import type { LocalText } from '../rules/types';
import { t } from '../i18n';
import { CENTRED, type CropChoice } from '../images/geometry';
import type { ProcessResult } from '../images/pipeline';
import { formatBytes, PRESETS, resolvePhotoPreset, type Preset } from '../images/presets';
// The pipeline itself is loaded on the first pick, not carried in content.js.
import { processImage } from '../lazy/photo-pipeline';
import { preparePhotoFrame } from '../lazy/photo-frame';
import { sessionOf } from './session';
import { photoPresetItem, ruleSetItem } from '../items';

const ATTR = 'data-exam-assist-photo';
const BYTES_ATTR = 'data-exam-assist-photo-bytes';
/**
 * How many picks of this input are still being processed, superseded ones
 * included; absent when none is. A dropped pick shows nowhere else, so this
 * says when a late result can no longer arrive (tests wait for it).
 */
const JOBS_ATTR = 'data-exam-assist-photo-jobs';

/** Seed 004: the province review system's "上传相关材料 / 报名材料上传" pages. */
const MATERIAL_PAGE = /上传相关材料|报名材料|材料上传|上传材料|审核材料|在线审核/;

export type InputKind = 'photo' | 'material';

export function classifyFileInput(
  input: HTMLInputElement,
  doc: Document = input.ownerDocument,
): InputKind | undefined {
  if (input.type !== 'file') return undefined;
  // The page session (src/page/session.ts) already knows this frame's fields.
  const photo = sessionOf(doc)?.fieldOf(input)?.key === 'photo';
  if (photo) return 'photo';
  const pageText = `${doc.title} ${(doc.body?.innerText ?? '').slice(0, 4000)}`;
  return MATERIAL_PAGE.test(pageText) ? 'material' : undefined;
}

async function activePhotoPreset(): Promise<Preset> {
  try {
    // Settings items (src/items.ts), validated here: zod stays out of the content script.
    const [preset, ruleSet] = await Promise.all([
      photoPresetItem.getValue(),
      ruleSetItem.getValue(),
    ]);
    return resolvePhotoPreset(
      typeof preset === 'string' ? preset : undefined,
      typeof ruleSet === 'string' ? ruleSet : undefined,
    );
  } catch {
    return PRESETS.guide;
  }
}

export interface PhotoInputs {
  stop(): void;
}

export function startPhotoInputs(doc: Document): PhotoInputs {
  const win = doc.defaultView;
  if (!win) return { stop() {} };
  /** Files we put into an input ourselves: their events go through untouched. */
  const ours = new WeakSet<File>();
  /** The pick being processed per input (input and change of one pick are held once). */
  const pending = new WeakMap<HTMLInputElement, File>();
  /**
   * The latest pick (or crop change) per input. A pick superseded while it was
   * processing is dropped when it finishes: the page must end with the file of
   * the last pick only, with one input+change per delivered file, whatever
   * order the two finish in (a 48 MP photo picked first finishes last).
   */
  const latest = new WeakMap<HTMLInputElement, number>();
  const jobs = new WeakMap<HTMLInputElement, number>();
  const countJob = (input: HTMLInputElement, delta: number) => {
    const n = (jobs.get(input) ?? 0) + delta;
    jobs.set(input, n);
    if (n > 0) input.setAttribute(JOBS_ATTR, String(n));
    else input.removeAttribute(JOBS_ATTR);
  };
  let generation = 0;
  let notice: Notice | undefined;
  // The preset is read once (on the approach to a photo input or the first pick) and kept
  // until the settings change: a storage read per pick is time the candidate waits.
  let presetRead: Promise<Preset> | undefined;
  const photoPreset = () => (presetRead ??= activePhotoPreset());
  const forget = () => (presetRead = undefined);
  let unwatch: (() => void)[] = [];
  try {
    unwatch = [photoPresetItem.watch(forget), ruleSetItem.watch(forget)];
  } catch {
    // No storage events here: read per pick (below).
  }

  const onEvent = (event: Event) => {
    // composedPath()[0]: the real input even inside an open shadow root (the target is retargeted to its host).
    const input = event.composedPath()[0] ?? event.target;
    if (!(input instanceof win.HTMLInputElement) || input.type !== 'file') return;
    const picked = input.files?.[0];
    if (!picked || ours.has(picked)) return;
    const kind = classifyFileInput(input, doc);
    if (!kind) return;
    // The page must not see the original pick (page-contract "Photo inputs").
    event.stopImmediatePropagation();
    if (pending.get(input) === picked) return;
    pending.set(input, picked);
    const files = Array.from(input.files ?? []);
    notice ??= new Notice(doc);
    void handle(input, files, kind, notice).finally(() => {
      if (pending.get(input) === picked) pending.delete(input);
    });
  };

  const handle = async (
    input: HTMLInputElement,
    files: File[],
    kind: InputKind,
    view: Notice,
    crop: CropChoice = CENTRED,
  ) => {
    countJob(input, 1);
    try {
      await process(input, files, kind, view, crop);
    } finally {
      countJob(input, -1);
    }
  };

  const process = async (
    input: HTMLInputElement,
    files: File[],
    kind: InputKind,
    view: Notice,
    crop: CropChoice,
  ) => {
    const mine = ++generation;
    latest.set(input, mine);
    const current = () => latest.get(input) === mine;
    input.setAttribute(ATTR, 'processing');
    input.removeAttribute(BYTES_ATTR);
    const preset = kind === 'photo' ? await photoPreset() : PRESETS.material;
    if (kind === 'photo' && unwatch.length === 0) forget();
    const results: ProcessResult[] = [];
    for (const [i, file] of files.entries()) {
      if (!current()) return;
      // The work is sent off first, then the notice is drawn (its progress arrives later).
      const job = processImage(file, {
        preset,
        crop,
        onProgress: (step, f) => {
          if (current()) view.progress(step, (i + f) / files.length);
        },
      });
      view.start(preset, file);
      const result = await job.catch((): ProcessResult => ({
        ok: false,
        reason: 'decode',
        message: {
          zh: '处理照片时出错，请重试或换一张照片。',
          en: 'Processing the photo failed; try again or use another photo.',
        },
        warnings: [],
      }));
      results.push(result);
      if (!result.ok) break;
    }
    // A newer pick on this input took over while this one was processing: drop this result.
    if (!current()) return;
    const failed = results.find((r) => !r.ok);
    if (failed && !failed.ok) {
      // The page sees no file: the input is emptied and marked.
      input.value = '';
      input.setAttribute(ATTR, 'failed');
      view.fail(failed.message, failed.warnings);
      return;
    }
    const transfer = new DataTransfer();
    for (const r of results) if (r.ok) transfer.items.add(r.file);
    for (const f of Array.from(transfer.files)) ours.add(f);
    input.files = transfer.files;
    for (const f of Array.from(input.files ?? [])) ours.add(f);
    const total = results.reduce((n, r) => n + (r.ok ? r.bytes : 0), 0);
    input.setAttribute(ATTR, 'processed');
    input.setAttribute(BYTES_ATTR, String(total));
    // The page's listeners first: the notice's preview (an object URL, DOM updates) is not
    // time the page waits for its file.
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const last = results[results.length - 1];
    if (last?.ok) view.done(last);
    // The crop can be adjusted in the notice: each change re-processes the
    // original pick and hands the page the new file, like a new pick.
    if (kind === 'photo' && files.length === 1)
      view.enableCrop(crop, (next) => void handle(input, files, kind, view, next));
  };

  // A press or focus on a photo input starts loading the photo frame while the
  // candidate is still in the file chooser (the first pick then does not wait for it).
  const onApproach = (event: Event) => {
    const input = event.composedPath()[0] ?? event.target;
    if (!(input instanceof win.HTMLInputElement) || input.type !== 'file') return;
    if (classifyFileInput(input, doc) !== 'photo') return;
    void preparePhotoFrame(doc).catch(() => {});
    void photoPreset();
  };
  win.addEventListener('input', onEvent, true);
  win.addEventListener('change', onEvent, true);
  win.addEventListener('pointerdown', onApproach, true);
  win.addEventListener('focusin', onApproach, true);
  return {
    stop() {
      win.removeEventListener('input', onEvent, true);
      win.removeEventListener('change', onEvent, true);
      win.removeEventListener('pointerdown', onApproach, true);
      win.removeEventListener('focusin', onApproach, true);
      for (const off of unwatch) off();
      notice?.destroy();
    },
  };
}

const CSS = `
:host { all: initial; }
.box { position: fixed; right: 16px; bottom: 16px; width: 320px; max-width: calc(100vw - 32px); z-index: 2147483647;
  max-height: calc(100vh - 32px); overflow: auto; overscroll-behavior: contain; box-sizing: border-box;
  background: #fff; color: #1f2328; border: 1px solid #8c959f; border-radius: 8px;
    box-shadow: 0 4px 16px rgba(0,0,0,.18);
  font: 14px/1.45 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; padding: 12px 14px; }
.box[hidden] { display: none; }
h2 { font-size: 15px; margin: 0 28px 6px 0; }
.preset { color: #57606a; font-size: 12px; margin: 0 0 8px; }
progress { width: 100%; height: 8px; }
.sizes { font-weight: 600; margin: 6px 0; }
.row { display: flex; gap: 10px; align-items: flex-start; }
img { width: 99px; height: 144px; object-fit: contain; border: 1px solid #d0d7de; background: #f6f8fa; flex: none; }
.error { color: #a40e26; background: #ffebe9; border: 1px solid #ff8182; border-radius: 6px; padding: 6px 8px;
  margin: 6px 0; }
ul { margin: 6px 0 0; padding-left: 18px; color: #7d4e00; }
button.close { position: absolute; top: 6px; right: 8px; border: 0; background: none; font-size: 18px;
  cursor: pointer; color: #57606a; }
button.close:focus-visible, .crop button:focus-visible { outline: 2px solid #0969da; }
.crop { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 8px; }
.crop button { min-width: 32px; padding: 2px 6px; border: 1px solid #8c959f; border-radius: 4px;
  background: #f6f8fa; cursor: pointer; font: inherit; }
`;

/**
 * How long a pick runs before the notice shows "processing" and its progress. Most
 * photos are done sooner (photo bench: 50–150 ms from the pick): they show the
 * result only, with no flash of a progress bar, and the page is not re-rendered
 * while the candidate waits for the file (a front tab's rendering takes CPU from
 * the pipeline on a 2-core machine).
 */
const SHOW_PROGRESS_AFTER_MS = 150;

/** The visible notice: one closed shadow root host per document (docs/toolchain.md: one host). */
class Notice {
  private host: HTMLElement;
  private box: HTMLElement;
  private els: Record<'title' | 'preset' | 'status' | 'sizes' | 'error' | 'warnings', HTMLElement>;
  private bar: HTMLProgressElement;
  private img: HTMLImageElement;
  private url: string | undefined;
  private cropRow: HTMLElement;
  private onCrop: ((next: CropChoice) => void) | undefined;
  private crop: CropChoice = CENTRED;
  private onKey: (event: KeyboardEvent) => void;
  /** A pick whose progress is not shown yet (see start). */
  private starting: { preset: Preset; file: File } | undefined;
  private latestProgress: [LocalText, number] | undefined;
  private showTimer: number | undefined;

  constructor(private doc: Document) {
    this.host = doc.createElement('div');
    this.host.setAttribute('data-exam-assist-photo-notice', '');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    const box = doc.createElement('section');
    box.className = 'box';
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', t({ zh: '照片处理', en: 'Photo processing' }));
    const el = (tag: string, cls: string) => {
      const e = doc.createElement(tag);
      e.className = cls;
      return e;
    };
    const title = el('h2', 'title');
    const preset = el('p', 'preset');
    const status = el('p', 'status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    this.bar = doc.createElement('progress');
    this.bar.max = 1;
    const sizes = el('p', 'sizes');
    const error = el('div', 'error');
    error.setAttribute('role', 'alert');
    const warnings = el('ul', 'warnings');
    this.img = doc.createElement('img');
    this.img.alt = t({ zh: '处理后的照片预览', en: 'Preview of the processed photo' });
    const row = el('div', 'row');
    const col = el('div', 'col');
    col.append(sizes, warnings);
    row.append(this.img, col);
    const close = doc.createElement('button');
    close.className = 'close';
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', t({ zh: '关闭', en: 'Close' }));
    close.addEventListener('click', () => (box.hidden = true));
    // Esc closes it too, wherever the focus is (it never takes the focus itself).
    this.onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !box.hidden && this.host.isConnected) box.hidden = true;
    };
    doc.addEventListener('keydown', this.onKey, true);
    this.cropRow = el('div', 'crop');
    this.cropRow.setAttribute('role', 'group');
    this.cropRow.setAttribute('aria-label', t({ zh: '调整裁剪', en: 'Adjust the crop' }));
    this.cropRow.hidden = true;
    const moves: [string, string, (c: CropChoice) => CropChoice][] = [
      ['←', '裁剪框左移 Move the frame left', (c) => ({ ...c, cx: c.cx - 0.04 })],
      ['→', '裁剪框右移 Move the frame right', (c) => ({ ...c, cx: c.cx + 0.04 })],
      ['↑', '裁剪框上移 Move the frame up', (c) => ({ ...c, cy: c.cy - 0.04 })],
      ['↓', '裁剪框下移 Move the frame down', (c) => ({ ...c, cy: c.cy + 0.04 })],
      ['＋', '放大 Zoom in', (c) => ({ ...c, zoom: c.zoom + 0.1 })],
      ['－', '缩小 Zoom out', (c) => ({ ...c, zoom: c.zoom - 0.1 })],
      ['居中', '居中 Centre', () => CENTRED],
    ];
    for (const [label, pair, move] of moves) {
      const cut = pair.indexOf(' ');
      const name = t({ zh: pair.slice(0, cut), en: pair.slice(cut + 1) });
      const b = doc.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.setAttribute('aria-label', name);
      b.title = name;
      b.addEventListener('click', () => {
        if (!this.onCrop) return;
        const next = move(this.crop);
        const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
        this.onCrop({
          cx: clamp(next.cx, 0, 1),
          cy: clamp(next.cy, 0, 1),
          zoom: clamp(next.zoom, 1, 3),
        });
      });
      this.cropRow.append(b);
    }
    // Hidden until a pick's progress or result is shown (see start).
    box.hidden = true;
    box.append(close, title, preset, status, this.bar, error, row, this.cropRow);
    shadow.append(style, box);
    this.box = box;
    this.els = { title, preset, status, sizes, error, warnings };
    doc.documentElement.appendChild(this.host);
  }

  private text(e: HTMLElement, s: LocalText | string) {
    // The UI language only (src/i18n): Chinese, or English under the language switch.
    e.textContent = typeof s === 'string' ? s : t(s);
  }

  enableCrop(crop: CropChoice, onCrop: (next: CropChoice) => void) {
    this.crop = crop;
    this.onCrop = onCrop;
    this.cropRow.hidden = false;
  }

  /**
   * A pick begins: its progress is shown only once it has run SHOW_PROGRESS_AFTER_MS
   * (or with its result, whichever comes first). The crop buttons stop at once.
   */
  start(preset: Preset, file: File) {
    this.onCrop = undefined;
    this.cancelShow();
    this.starting = { preset, file };
    this.latestProgress = undefined;
    this.showTimer = this.doc.defaultView?.setTimeout(
      () => this.settle(true),
      SHOW_PROGRESS_AFTER_MS,
    );
  }

  private cancelShow() {
    if (this.showTimer !== undefined) this.doc.defaultView?.clearTimeout(this.showTimer);
    this.showTimer = undefined;
  }

  /**
   * Takes the pending start, if any: the notice is cleared of the last pick and
   * shown; with `processing`, the title, original size and progress are drawn too
   * (a result about to be drawn needs none of them).
   */
  private settle(processing: boolean) {
    this.cancelShow();
    const pending = this.starting;
    if (!pending) return;
    this.starting = undefined;
    const { preset, file } = pending;
    this.cropRow.hidden = true;
    if (!this.host.isConnected) this.doc.documentElement.appendChild(this.host);
    this.box.hidden = false;
    this.text(this.els.preset, {
      zh: `当前规格：${preset.label.zh}`,
      en: `Preset: ${preset.label.en}`,
    });
    this.els.sizes.textContent = '';
    this.els.error.hidden = true;
    this.els.error.textContent = '';
    this.els.warnings.replaceChildren();
    this.img.hidden = true;
    if (!processing) return;
    this.text(this.els.title, { zh: '正在处理所选照片', en: 'Processing the chosen photo' });
    this.text(this.els.status, {
      zh: `原文件 ${formatBytes(file.size)}`,
      en: `original ${formatBytes(file.size)}`,
    });
    this.bar.hidden = false;
    this.bar.value = 0;
    if (this.latestProgress) this.progress(...this.latestProgress);
  }

  progress(step: LocalText, fraction: number) {
    if (this.starting) {
      this.latestProgress = [step, fraction];
      return;
    }
    this.text(this.els.status, step);
    this.bar.value = Math.max(0, Math.min(1, fraction));
  }

  done(result: Extract<ProcessResult, { ok: true }>) {
    this.settle(false);
    this.bar.value = 1;
    this.bar.hidden = true;
    this.text(this.els.title, { zh: '照片已处理，可以上传', en: 'Photo ready to upload' });
    this.text(this.els.status, {
      zh: `已转换为 ${result.format === 'png' ? 'PNG' : 'JPG'}，页面收到的是处理后的文件。`,
      en: `Converted to ${result.format === 'png' ? 'PNG' : 'JPEG'}; the page received the processed file.`,
    });
    this.text(this.els.sizes, {
      zh:
        `处理前 ${formatBytes(result.source.bytes)}（${result.source.width}×${result.source.height}）→ 处理后 ` +
        `${formatBytes(result.bytes)}（${result.width}×${result.height}）`,
      en: `before ${formatBytes(result.source.bytes)} → after ${formatBytes(result.bytes)}`,
    });
    this.setWarnings(result.warnings.map((w) => w.message));
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = URL.createObjectURL(result.file);
    this.img.src = this.url;
    this.img.hidden = false;
  }

  fail(message: LocalText, warnings: { message: LocalText }[]) {
    this.settle(false);
    this.bar.hidden = true;
    this.text(this.els.title, { zh: '照片未上传', en: 'Photo not uploaded' });
    this.text(this.els.status, {
      zh: '所选文件无法处理，页面没有收到文件。',
      en: 'The chosen file could not be processed; the page received no file.',
    });
    this.els.error.hidden = false;
    this.els.error.textContent = t(message);
    this.setWarnings(warnings.map((w) => w.message));
  }

  private setWarnings(list: LocalText[]) {
    this.els.warnings.replaceChildren(
      ...list.map((m) => {
        const li = this.doc.createElement('li');
        li.textContent = t(m);
        return li;
      }),
    );
  }

  destroy() {
    this.cancelShow();
    this.starting = undefined;
    this.doc.removeEventListener('keydown', this.onKey, true);
    if (this.url) URL.revokeObjectURL(this.url);
    this.host.remove();
  }
}
