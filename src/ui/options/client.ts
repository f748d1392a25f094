// How the extension's pages (popup, options) reach the background and a
// platform tab's content script for backup and restore (src/messages/storage.ts),
// through the typed bus (src/messages/bus.ts).
// The store itself is opened directly: these pages share the extension's origin.
import { browser } from 'wxt/browser';
import {
  send,
  sendToTab,
  type MessageType,
  type RequestOf,
  type ResponseOf,
} from '../../messages/bus';
import type {
  ApplyResponse,
  CollectResponse,
  PlatformTab,
  PreviewResponse,
  RestorePlan,
} from '../../messages/storage';
import { emptyPatch, type Profile } from '../../profile';

/** The open platform tabs whose content script answers (options page: restore into one of them). */
export async function platformTabs(): Promise<PlatformTab[]> {
  const response = await send({ type: 'storage:tabs' });
  return response?.tabs ?? [];
}

/** The popup's tab: the active tab of its window (no `tabs` permission needed for its id). */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The frames of a tab that registered (0 = top): fields may live inside frames (docs/spec/platform-rules.md §1). */
async function framesOf(tabId: number): Promise<number[]> {
  const response = await send({ type: 'storage:frames', tabId }).catch(() => undefined);
  return response?.frames?.length ? response.frames : [0];
}

/** Sends to every registered frame of the tab; frames without platform fields do not answer. */
async function askFrames<T extends MessageType>(
  tabId: number,
  request: RequestOf<T> & { type: T },
  accept: (response: ResponseOf<T> | undefined) => boolean,
): Promise<ResponseOf<T>[]> {
  const frames = await framesOf(tabId);
  const answers = await Promise.all(
    frames.map((frameId) =>
      sendToTab<T>(tabId, request, frameId).then(
        (response) => (accept(response) ? response : undefined),
        () => undefined,
      ),
    ),
  );
  return answers.filter((answer) => answer !== undefined) as ResponseOf<T>[];
}

function mergePlans(plans: RestorePlan[]): RestorePlan {
  const missing = new Map<string, RestorePlan['missingRows'][number]>();
  for (const plan of plans)
    for (const row of plan.missingRows) {
      const old = missing.get(row.group);
      if (!old || row.onPage > old.onPage) missing.set(row.group, row);
    }
  return { items: plans.flatMap((plan) => plan.items), missingRows: [...missing.values()] };
}

// Another context may answer a type too (a handler of another feature): keep the expected answers only.
const isPlan = (r: PreviewResponse | undefined) => r?.type === 'backup:plan';
const isApplied = (r: ApplyResponse | undefined) => r?.type === 'backup:applied';
const isCollected = (r: CollectResponse | undefined) => r?.type === 'backup:collected';

export async function previewIn(
  tabId: number,
  profile: Profile,
  overwrite: boolean,
): Promise<PreviewResponse | undefined> {
  const answers = await askFrames<'backup:preview'>(
    tabId,
    { type: 'backup:preview', profile, overwrite },
    isPlan,
  );
  if (answers.length === 0) return undefined;
  return { type: 'backup:plan', plan: mergePlans(answers.map((answer) => answer.plan)) };
}

export async function applyIn(
  tabId: number,
  profile: Profile,
  overwrite: boolean,
): Promise<ApplyResponse | undefined> {
  const answers = await askFrames<'backup:apply'>(
    tabId,
    { type: 'backup:apply', profile, overwrite },
    isApplied,
  );
  if (answers.length === 0) return undefined;
  return {
    type: 'backup:applied',
    plan: mergePlans(answers.map((answer) => answer.plan)),
    written: answers.reduce((sum, answer) => sum + answer.written, 0),
    filled: answers.flatMap((answer) => answer.filled),
    kept: answers.flatMap((answer) => answer.kept),
    failed: answers.flatMap((answer) => answer.failed),
    flagged: answers.flatMap((answer) => answer.flagged),
    ms: Math.max(...answers.map((answer) => answer.ms)),
    errors: answers.reduce((sum, answer) => sum + answer.errors, 0),
    warnings: answers.reduce((sum, answer) => sum + answer.warnings, 0),
  };
}

/** The recognized values of every frame of the tab, as one patch. */
export async function collectFrom(tabId: number): Promise<CollectResponse | undefined> {
  const answers = await askFrames<'backup:collect'>(tabId, { type: 'backup:collect' }, isCollected);
  if (answers.length === 0) return undefined;
  const patch = emptyPatch();
  for (const { patch: part } of answers) {
    for (const [group, values] of Object.entries(part.single))
      Object.assign(
        ((patch.single as Record<string, Record<string, string>>)[group] ??= {}),
        values,
      );
    for (const [group, rows] of Object.entries(part.rows))
      ((patch.rows as Record<string, unknown[]>)[group] ??= []).push(...(rows ?? []));
  }
  return { type: 'backup:collected', patch };
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
