// Reaching the overlay from tests without weakening the product: its shadow
// root is CLOSED, so Playwright locators cannot enter it. A
// screen reader can, through the accessibility tree, and so do we: the Chrome
// DevTools Protocol's full AX tree and pierced DOM include closed shadow roots.
// Buttons are clicked with the real mouse at their on-screen box, as a person would.
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

const sessions = new WeakMap<Page, CDPSession>();

async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  backendDOMNodeId?: number;
}

/** Buttons of the top frame's accessibility tree whose name matches. */
export async function axButtons(
  page: Page,
  name: RegExp,
): Promise<{ name: string; backendNodeId: number }[]> {
  const session = await cdp(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  return nodes
    .filter(
      (n) =>
        !n.ignored &&
        n.role?.value === 'button' &&
        name.test(n.name?.value ?? '') &&
        n.backendDOMNodeId,
    )
    .map((n) => ({ name: n.name!.value, backendNodeId: n.backendDOMNodeId! }));
}

/** Clicks the first button of that name with the mouse, at the middle of its box. */
export async function clickAxButton(page: Page, name: RegExp, timeoutMs = 5_000): Promise<string> {
  // The overlay draws on the next animation frame after the contract attributes
  // change, so the button may appear a moment after the field's state: wait for it.
  let button: { name: string; backendNodeId: number } | undefined;
  await expect
    .poll(
      async () => {
        [button] = await axButtons(page, name);
        return button?.name;
      },
      { timeout: timeoutMs, message: `a button named ${name}` },
    )
    .toBeDefined();
  if (!button) throw new Error(`no button named ${name}`);
  const session = await cdp(page);
  const centre = async (): Promise<[number, number]> => {
    const { model } = (await session.send('DOM.getBoxModel', {
      backendNodeId: button!.backendNodeId,
    })) as { model: { content: number[] } };
    const [x1, y1, x2, , , y3] = model.content as [number, number, number, number, number, number];
    return [(x1 + x2) / 2, (y1 + y3) / 2];
  };
  // A person clicks a button that stays put: wait until the message settled (it may be placed
  // again while findings of the field's group appear), then click its centre.
  let at = await centre();
  for (let i = 0; i < 30; i++) {
    // The overlay places messages in animation frames: compare across two of them.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const now = await centre();
    if (now[0] === at[0] && now[1] === at[1]) break;
    at = now;
  }
  await page.mouse.click(at[0], at[1]);
  return button.name;
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/** All text inside the extension's overlay (its closed shadow root) in the top frame. */
export async function overlayText(page: Page): Promise<string> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const hosts: DomNode[] = [];
  const find = (node: DomNode) => {
    if (node.attributes?.includes('data-exam-assist-overlay')) hosts.push(node);
    node.children?.forEach(find);
  };
  find(root);
  const texts: string[] = [];
  const collect = (node: DomNode) => {
    if (node.nodeType === 3) texts.push(node.nodeValue);
    if (node.nodeName === 'STYLE') return;
    node.children?.forEach(collect);
    node.shadowRoots?.forEach(collect);
  };
  for (const host of hosts) host.shadowRoots?.forEach(collect);
  return texts.join(' ');
}

/** How many overlay host elements the top document has (must be exactly one). */
export async function overlayHostCount(page: Page): Promise<number> {
  return page.locator('[data-exam-assist-overlay]').count();
}

/** On-screen boxes of the overlay's messages (role "note"), from the accessibility tree. */
export async function messageBoxes(
  page: Page,
): Promise<{ x: number; y: number; width: number; height: number }[]> {
  const session = await cdp(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const boxes = [];
  for (const node of nodes) {
    if (node.ignored || node.role?.value !== 'note' || !node.backendDOMNodeId) continue;
    const { model } = (await session.send('DOM.getBoxModel', {
      backendNodeId: node.backendDOMNodeId,
    })) as {
      model: { border: number[] };
    };
    const [x1, y1, x2, , , y3] = model.border as [number, number, number, number, number, number];
    boxes.push({ x: x1, y: y1, width: x2 - x1, height: y3 - y1 });
  }
  return boxes;
}
