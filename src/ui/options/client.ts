// How the extension's pages (popup, options) reach the background and a
// platform tab's content script for backup and restore (src/messages/storage.ts).
// The store itself is opened directly: these pages share the extension's origin.
import { browser } from 'wxt/browser';
import type {
  ApplyResponse,
  CollectResponse,
  PlatformTab,
  PreviewResponse,
  TabsResponse,
  ApplyRequest,
  PreviewRequest,
  CollectRequest,
  TabsRequest,
} from '../../messages/storage';
import type { Profile } from '../../profile';

/** The open platform tabs whose content script answers (options page: restore into one of them). */
export async function platformTabs(): Promise<PlatformTab[]> {
  const response = (await browser.runtime.sendMessage({ type: 'storage:tabs' } satisfies TabsRequest)) as TabsResponse | undefined;
  return response?.tabs ?? [];
}

/** The popup's tab: the active tab of its window (no `tabs` permission needed for its id). */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function previewIn(tabId: number, profile: Profile, overwrite: boolean): Promise<PreviewResponse | undefined> {
  const response = await browser.tabs.sendMessage(tabId, { type: 'backup:preview', profile, overwrite } satisfies PreviewRequest);
  return (response as PreviewResponse | undefined)?.type === 'backup:plan' ? (response as PreviewResponse) : undefined;
}

export async function applyIn(tabId: number, profile: Profile, overwrite: boolean): Promise<ApplyResponse | undefined> {
  const response = await browser.tabs.sendMessage(tabId, { type: 'backup:apply', profile, overwrite } satisfies ApplyRequest);
  return (response as ApplyResponse | undefined)?.type === 'backup:applied' ? (response as ApplyResponse) : undefined;
}

export async function collectFrom(tabId: number): Promise<CollectResponse | undefined> {
  const response = await browser.tabs.sendMessage(tabId, { type: 'backup:collect' } satisfies CollectRequest);
  return (response as CollectResponse | undefined)?.type === 'backup:collected' ? (response as CollectResponse) : undefined;
}

/** Offers a text file for download without the `downloads` permission. */
export function downloadText(text: string, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function formatTime(ms: number, locale: 'zh' | 'en'): string {
  return new Date(ms).toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', { hour12: false });
}
