// Content side of the photo frame: runs the photo pipeline in a hidden
// extension-origin iframe (entrypoints/photo-frame/, web-accessible on the
// platform's hosts only). There it is in a secure context even on a plain-http
// page, so a large JPEG is decoded DCT-scaled (tests/bench/photo.bench.ts: the
// 12 and 48 MP photos). The File, the preset and the result are structured
// clones over a MessagePort; the page sees one hidden iframe and no message.
// Where the frame cannot load (another host, a page CSP) the caller falls back
// to the in-page pipeline.
import { browser } from 'wxt/browser';
import type { LocalText } from '../rules/types';
import type { ProcessOptions, ProcessResult } from '../images/pipeline';
import type { CropChoice } from '../images/geometry';
import type { Preset } from '../images/presets';

export interface PhotoFrameRequest {
  type: 'exam-assist:photo';
  file: File;
  preset: Preset;
  crop?: CropChoice;
  now?: number;
}
export type PhotoFrameReply =
  | { type: 'progress'; step: LocalText; fraction: number }
  | { type: 'result'; result: ProcessResult }
  | { type: 'error'; error: string };

const FRAME_PAGE = '/photo-frame.html';
/** How long the frame may take to load before the in-page pipeline is used instead. */
const LOAD_TIMEOUT_MS = 4000;

let frame: Promise<HTMLIFrameElement> | undefined;
/** The loaded frame: a pick posts to it in the same task (before the notice is drawn). */
let loaded: HTMLIFrameElement | undefined;

/** Loads the frame once per document (a pick or a focus on a photo input starts it). */
export function preparePhotoFrame(doc: Document): Promise<HTMLIFrameElement> {
  if (frame) return frame;
  const job = new Promise<HTMLIFrameElement>((resolve, reject) => {
    const el = doc.createElement('iframe');
    el.setAttribute('data-exam-assist-photo-frame', '');
    el.setAttribute('aria-hidden', 'true');
    el.title = '照片处理 Photo processing';
    el.tabIndex = -1;
    el.style.cssText =
      'position:fixed;width:1px;height:1px;left:-10px;top:-10px;border:0;opacity:0;pointer-events:none';
    const timer = setTimeout(() => reject(new Error('photo frame did not load')), LOAD_TIMEOUT_MS);
    el.addEventListener(
      'load',
      () => {
        clearTimeout(timer);
        loaded = el;
        resolve(el);
      },
      { once: true },
    );
    el.src = browser.runtime.getURL(FRAME_PAGE as '/photo-frame.html');
    doc.documentElement.appendChild(el);
  });
  frame = job;
  job.catch(() => {
    if (frame === job) frame = undefined;
  });
  return job;
}

/** processImage in the frame; rejects when the frame is unavailable (the caller falls back). */
export async function processInFrame(
  doc: Document,
  file: File,
  options: ProcessOptions,
): Promise<ProcessResult> {
  const el = loaded?.isConnected ? loaded : await preparePhotoFrame(doc);
  const target = el.contentWindow;
  if (!target || !el.isConnected) {
    frame = undefined;
    loaded = undefined;
    throw new Error('photo frame gone');
  }
  const channel = new MessageChannel();
  const request: PhotoFrameRequest = {
    type: 'exam-assist:photo',
    file,
    preset: options.preset,
    crop: options.crop,
    now: options.now?.getTime(),
  };
  return new Promise<ProcessResult>((resolve, reject) => {
    channel.port1.onmessage = (event: MessageEvent<PhotoFrameReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') options.onProgress?.(reply.step, reply.fraction);
      else {
        channel.port1.close();
        if (reply.type === 'result') resolve(reply.result);
        else reject(new Error(reply.error));
      }
    };
    target.postMessage(request, new URL(el.src).origin, [channel.port2]);
  });
}
