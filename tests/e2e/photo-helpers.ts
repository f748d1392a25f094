// Shared by the photo e2e files: what the replica page's own listeners saw
// (tests/fixtures/photo/recorder.js), the extension's notice read as assistive
// tech reads it (closed shadow root, through CDP), and picking a file.
import type { Page } from 'playwright-core';

export type Rgb = [number, number, number];
export interface SeenFile {
  name: string;
  type: string;
  size: number;
  magic?: number[];
  width?: number;
  height?: number;
  decoded?: boolean;
  pixels?: Record<'topLeft' | 'topRight' | 'bottomLeft' | 'bottomRight' | 'corner', Rgb>;
}
export interface Seen {
  event: string;
  id: string;
  /** input.value as the page reads it (C:\\fakepath\\name): platform scripts often check its extension. */
  value: string;
  files: SeenFile[];
}

export interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

export function find(n: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined {
  if (test(n)) return n;
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return undefined;
}

/** The photo notice's host in the pierced DOM (closed shadow roots included). */
export async function noticeHost(
  page: Page,
): Promise<{ host: CdpNode | undefined; cdp: import('playwright-core').CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: CdpNode;
  };
  return {
    host: find(root, (n) => (n.attributes ?? []).includes('data-exam-assist-photo-notice')),
    cdp,
  };
}

/** Text of the extension's notice as a screen reader gets it; images by their alt text. */
export async function noticeText(page: Page): Promise<string> {
  const { host, cdp } = await noticeHost(page);
  await cdp.detach();
  if (!host) return '';
  const parts: string[] = [];
  const walk = (n: CdpNode, hidden: boolean) => {
    const attrs = n.attributes ?? [];
    const isHidden = hidden || attrs.includes('hidden') || n.nodeName === 'STYLE';
    if (n.nodeType === 3 && !isHidden) parts.push(n.nodeValue ?? '');
    if (n.nodeName === 'IMG' && !isHidden)
      parts.push(`[img: ${attrs[attrs.indexOf('alt') + 1] ?? ''}]`);
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(c, isHidden);
  };
  walk(host, false);
  return parts.join(' ');
}

/** Picks `filePath` in the input and waits until the extension marks it processed or failed. */
export async function pick(
  page: Page,
  selector: string,
  filePath: string,
  timeout = 60_000,
): Promise<string | null> {
  await page.setInputFiles(selector, filePath);
  await page.waitForFunction(
    (sel) => {
      const state = document.querySelector(sel)?.getAttribute('data-exam-assist-photo');
      return state === 'processed' || state === 'failed';
    },
    selector,
    { timeout, polling: 100 },
  );
  return page.getAttribute(selector, 'data-exam-assist-photo');
}

/** What the page's own listeners received, once its recorder has decoded every file. */
export async function seen(page: Page): Promise<Seen[]> {
  await page.waitForFunction(
    () => (window as any).__seen.every((s: Seen) => s.files.every((f) => f.decoded !== undefined)),
    undefined,
    {
      polling: 100,
    },
  );
  return page.evaluate(() => (window as any).__seen as Seen[]);
}

/** The marker blocks of the test portraits: red top-left, blue bottom-right when upright. */
export const isRed = ([r, g, b]: number[]) => r! > 170 && g! < 90 && b! < 90;
export const isBlue = ([r, g, b]: number[]) => b! > 170 && r! < 90 && g! < 110;
