// Thin: the content script's photo pipeline as a part run on demand in the page's
// frame (src/lazy/, src/messages/lazy.ts), so it is not in content.js.
import { processImage } from '../src/images/pipeline';
import type { PhotoPipelinePart } from '../src/lazy/photo-pipeline';
import { LAZY_PART_GLOBALS } from '../src/messages/lazy';

export default defineUnlistedScript(() => {
  const part: PhotoPipelinePart = { processImage };
  (globalThis as Record<string, unknown>)[LAZY_PART_GLOBALS.photoPipeline] = part;
});
