// The photo pipeline for the content script, loaded on the first
// pick rather than carried in content.js (≤ 30 KB gzip): src/images/
// pipeline.ts and its helpers are ~18 KB of the bundle, and most pages have no photo input.
// Same function, same arguments: the part runs in the content script's own isolated
// world, so the File, the callbacks and the result pass as they are.
import type { processImage as processImageNow } from '../images/pipeline';
import { loadPart } from '.';

export interface PhotoPipelinePart {
  processImage: typeof processImageNow;
}

export const processImage: typeof processImageNow = async (input, options) =>
  (await loadPart<PhotoPipelinePart>('photoPipeline')).processImage(input, options);
