// Thin: one page session per platform frame with every feature on it
// (src/content/). WXT's `ctx.signal` stops it all when the extension reloads
// or is removed.
import { startContent } from '../../src/content';

export default defineContentScript({
  matches: ['*://*.nmec.org.cn/*'],
  allFrames: true,
  // Same-origin iframes incl. about:blank / about:srcdoc frames.
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  // Early, so the script is loaded and its settings read while the page parses;
  // the session itself starts at DOM ready (src/content/index.ts).
  runAt: 'document_start',
  main(ctx) {
    void startContent(document, ctx.signal);
  },
});
