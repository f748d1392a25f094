// Messages of the lazily injected parts (content script ≤ 30 KB gzip).
// WXT content scripts are single bundles without code splitting, so code the page
// needs only now and then is built as an unlisted script and run on demand:
//
// content → background (bus `send`, src/messages/bus.ts):
//   lazy:inject  run one part's script in the sender's own frame, in the same
//                isolated world as the content script (chrome.scripting), which
//                then finds the part's functions on a global of that world.

/** The parts and their built files (entrypoints/<name>.ts → /<name>.js). */
export const LAZY_PART_FILES = {
  photoPipeline: '/photo-pipeline.js',
} as const;
export type LazyPart = keyof typeof LAZY_PART_FILES;

/** The global each part's script defines in the isolated world (one name per part). */
export const LAZY_PART_GLOBALS: Record<LazyPart, string> = {
  photoPipeline: '__examAssistPhotoPipeline',
};

export interface InjectRequest {
  type: 'lazy:inject';
  part: LazyPart;
}
export type InjectResponse = { ok: true } | { ok: false; error: string };

export function isInjectRequest(message: unknown): message is InjectRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'lazy:inject' &&
    Object.hasOwn(LAZY_PART_FILES, String((message as { part?: unknown }).part))
  );
}
