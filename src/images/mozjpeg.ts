// MozJPEG (@jsquash/jpeg, wasm) as a second encoder, loaded only when asked.
// The bench (tests/bench/images.bench.ts) shows it beats Chromium's encoder at
// the same byte cap only on detailed images, with its flat quantisation table
// (quant_table 1), and costs ~10× more per encode; so the pipeline tries it
// only on those images and keeps whichever result is closer to the pixels
// (SSIM). Wasm needs 'wasm-unsafe-eval': extension pages only (wxt.config.ts),
// never a content script (there the PAGE's CSP applies).
import type { AltEncoder } from './pipeline';

export function mozjpegEncoder(): AltEncoder {
  let encoder:
    | Promise<(data: ImageData, options: Record<string, unknown>) => Promise<ArrayBuffer>>
    | undefined;
  return {
    name: 'mozjpeg',
    async encode(image: ImageData, quality: number): Promise<Blob> {
      encoder ??= import('@jsquash/jpeg/encode').then((m) => m.default as never);
      const encode = await encoder;
      // Baseline (not progressive) like the platform's own samples; flat table: best SSIM per byte in the bench.
      const buf = await encode(image, {
        quality: Math.round(quality * 100),
        quant_table: 1,
        progressive: false,
      });
      return new Blob([buf], { type: 'image/jpeg' });
    },
  };
}
