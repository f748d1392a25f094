// Background side of the lazy parts (src/messages/lazy.ts): runs a part's script in
// the frame that asked for it. Only the extension's own files, only into the
// sender's frame; the host permission that let the content script run there is
// the one that lets the part run there too.
import { browser, type Browser } from 'wxt/browser';
import { isInjectRequest, LAZY_PART_FILES, type InjectResponse } from '../messages/lazy';
import { answer } from '../messages/bus';

/** The one extension API call this module makes (a parameter so unit tests pass a fake). */
export type ExecuteScript = (injection: {
  target: { tabId: number; frameIds: number[] };
  files: string[];
}) => Promise<unknown>;

export function handleLazyMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  executeScript: ExecuteScript = (injection) =>
    (browser.scripting.executeScript as unknown as ExecuteScript)(injection),
): Promise<InjectResponse> | undefined {
  if (!isInjectRequest(message)) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return Promise.resolve({ ok: false, error: 'not sent from a tab' });
  return executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [LAZY_PART_FILES[message.part]],
  }).then(
    (): InjectResponse => ({ ok: true }),
    (error: unknown): InjectResponse => ({ ok: false, error: String(error) }),
  );
}

export function startLazyService(): void {
  answer({ 'lazy:inject': (request, sender) => handleLazyMessage(request, sender) });
}
