// The extension-origin side of the photo frame (src/lazy/photo-frame.ts): an
// extension page is a secure context even inside a plain-http platform page, so
// the pipeline gets WebCodecs' ImageDecoder there (the DCT-scaled decode of a
// 12 or 48 MP JPEG, src/images/pipeline.ts decodePhoto). It answers on the
// MessagePort the content script hands it; nothing goes through the page.
import { processImage, warmPhotoPipeline } from '../images/pipeline';
import type { PhotoFrameRequest, PhotoFrameReply } from './photo-frame';

export function servePhotoFrame(win: Window): void {
  // The frame loads as the candidate approaches the photo input: warm the pixel loop
  // while the file chooser is open, not on the pick.
  win.setTimeout(warmPhotoPipeline, 0);
  win.addEventListener('message', (event: MessageEvent) => {
    const port = event.ports[0];
    const request = event.data as PhotoFrameRequest | undefined;
    if (!port || request?.type !== 'exam-assist:photo') return;
    const reply = (message: PhotoFrameReply) => port.postMessage(message);
    processImage(request.file, {
      preset: request.preset,
      crop: request.crop,
      now: request.now ? new Date(request.now) : undefined,
      onProgress: (step, fraction) => reply({ type: 'progress', step, fraction }),
    }).then(
      (result) => {
        reply({ type: 'result', result });
        port.close();
      },
      (error: unknown) => {
        reply({ type: 'error', error: String(error) });
        port.close();
      },
    );
  });
}
