// HEIC (iPhone photos): Chromium cannot decode it (docs/toolchain.md), so the
// photo tool page decodes it with libheif compiled to wasm (libheif-js, LGPL,
// ~2 MB), loaded only when a HEIC file is actually picked. Wasm needs the
// extension pages' 'wasm-unsafe-eval' (wxt.config.ts); content scripts run
// under the page's CSP, so on the platform's pages a HEIC is refused with how
// to export a JPEG instead (pipeline.ts REFUSALS.heic).

interface HeifImage {
  get_width(): number;
  get_height(): number;
  display(
    target: { data: Uint8ClampedArray<ArrayBuffer>; width: number; height: number },
    done: (out: { data: Uint8ClampedArray<ArrayBuffer> } | null) => void,
  ): void;
}
interface LibHeif {
  HeifDecoder: new () => { decode(bytes: Uint8Array): HeifImage[] };
}

let loaded: Promise<LibHeif> | undefined;

async function libheif(): Promise<LibHeif> {
  // @ts-expect-error the ES module bundle ships without type declarations
  loaded ??= import('libheif-js/libheif-wasm/libheif-bundle.mjs').then(
    async (m: { default: () => LibHeif | Promise<LibHeif> }) => m.default(),
  );
  return loaded;
}

/**
 * Decodes the primary image of a HEIC file (libheif applies its rotation/mirror) to a
 * near-lossless JPEG for the pipeline.
 */
export async function decodeHeic(file: Blob): Promise<Blob> {
  const lib = await libheif();
  const images = new lib.HeifDecoder().decode(new Uint8Array(await file.arrayBuffer()));
  const image = images[0];
  if (!image) throw new Error('no image in the HEIC file');
  const width = image.get_width();
  const height = image.get_height();
  const pixels = await new Promise<Uint8ClampedArray<ArrayBuffer>>((resolve, reject) =>
    image.display({ data: new Uint8ClampedArray(width * height * 4), width, height }, (out) =>
      out ? resolve(out.data) : reject(new Error('HEIC decode failed')),
    ),
  );
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2d context unavailable');
  ctx.putImageData(new ImageData(pixels, width, height), 0, 0);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.97 });
}
