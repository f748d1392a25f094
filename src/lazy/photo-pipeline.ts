// The photo pipeline for the content script, never carried in
// content.js (≤ 30 KB gzip). First choice: the extension-origin
// photo frame (./photo-frame.ts), a secure context even on http pages, where a
// large JPEG is decoded DCT-scaled. Where the frame cannot load: the pipeline as
// a part run in this frame's isolated world (same function, same arguments).
import type { processImage as processImageNow } from '../images/pipeline';
import { loadPart } from '.';
import { processInFrame } from './photo-frame';

export interface PhotoPipelinePart {
  processImage: typeof processImageNow;
}

let frameFailed = false;

export const processImage: typeof processImageNow = async (input, options) => {
  if (!frameFailed && typeof document !== 'undefined' && input instanceof File) {
    try {
      return await processInFrame(document, input, options);
    } catch {
      // Not this page (another host, a CSP that forbids the frame): in-page from now on.
      frameFailed = true;
    }
  }
  return (await loadPart<PhotoPipelinePart>('photoPipeline')).processImage(input, options);
};
