// Thin: wires the page module (detection, checks, overlay) into every platform
// frame (issue 3 item 1). All logic lives in src/page/ and src/overlay/.
import { startPageContent } from '../../src/page/content';
import { startBackup } from '../../src/backup/content';
import { startPhotoInputs } from '../../src/page/photo-input';

export default defineContentScript({
  matches: ['*://*.nmec.org.cn/*'],
  allFrames: true,
  // Same-origin iframes incl. about:blank / about:srcdoc frames (issue 3 item 1).
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_end',
  main() {
    startPageContent(document);
    startBackup(document);
    startPhotoInputs(document);
  },
});
