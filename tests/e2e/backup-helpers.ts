// Shared by the backup e2e files: the backup fixture form, what a candidate
// types into it, and a read-only view of the extension's IndexedDB.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from './harness';

export const FORM = 'backup/profile.html';
export const U = 'Edit:SP_User.0$';
export const C = 'Edit:SP_Contact.0$';
export const W = 'Edit:SP_Work.0$';
export const E0 = 'Edit:SP_Edu.0$';
export const E1 = 'Edit:SP_Edu.1$';

/** What the candidate types or picks, by element id (selects by option text). */
export const FILL: Record<string, string> = {
  [`${U}UserName`]: 'wangyang2025',
  [`${U}PasswdQuestion`]: '我的小学名称',
  [`${U}Name`]: '张三',
  [`${U}Certificate_TypeID`]: '居民身份证',
  [`${U}Certificate_No`]: '11010519491231002X',
  [`${U}Sex`]: '女',
  [`${U}Birthday`]: '1949-12-31',
  [`${U}NationID`]: '回族',
  [`${U}Nationality`]: '中国 China',
  [`${C}HomePhone`]: '010-62345678',
  [`${C}WorkPhone`]: '010-87654321',
  [`${C}Mobile`]: '13800138000',
  [`${C}Email`]: 'zhangsan@example.com',
  [`${C}Address`]: '北京市海淀区学院路38号',
  [`${C}PostCode`]: '100191',
  [`${W}OnDuty`]: '在职',
  [`${W}WorkUnit`]: '北京大学第三医院',
  [`${W}Duty`]: '住院医师',
  [`${E0}IsSelected`]: 'true',
  [`${E0}School`]: '北京大学医学部',
  [`${E0}GraduateDate`]: '2015-07',
  [`${E0}Education`]: '本科',
  [`${E0}Schooling`]: '五年制',
  [`${E0}Major`]: '临床医学',
  [`${E0}Diploma_No`]: '100011201505001234',
  [`${E1}School`]: '首都医科大学',
  [`${E1}GraduateDate`]: '2018-07',
  [`${E1}Education`]: '硕士研究生',
  [`${E1}Schooling`]: '三年制',
  [`${E1}Major`]: '内科学',
  [`${E1}Diploma_No`]: '100251201805000321',
};
/** Typed too, but must never reach storage. */
export const SECRETS: Record<string, string> = {
  [`${U}Passwd`]: 'Secret#Pw1',
  [`${U}PasswdConfirm`]: 'Secret#Pw1',
  [`${U}PasswdAnswer`]: 'AnswerXYZ红星小学',
  [`${U}ValidateCode`]: 'K7Q2',
};

export const byId = (id: string) => `[id="${id}"]`;

/**
 * Picks an option as a person does with the keyboard (the arrow keys on the
 * focused select): the browser's own, trusted input/change events. Playwright's
 * selectOption sets the value by script (untrusted events), which the backup
 * rightly ignores as not the candidate's edit.
 */
export async function pickOption(el: Locator, label: string): Promise<void> {
  const { target, current } = await el.evaluate((node, text) => {
    const select = node as HTMLSelectElement;
    return {
      target: [...select.options].findIndex((o) => o.text.trim() === text),
      current: select.selectedIndex,
    };
  }, label);
  if (target < 0) throw new Error(`no option "${label}"`);
  await el.focus();
  const key = target > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(target - current); i++) await el.press(key);
}

/** Types, ticks and picks as a person does (trusted events only). */
export async function fillForm(page: Page, values: Record<string, string>) {
  for (const [id, value] of Object.entries(values)) {
    const el = page.locator(byId(id));
    const tag = await el.evaluate((node) => `${node.tagName}:${(node as HTMLInputElement).type}`);
    if (tag.startsWith('SELECT')) await pickOption(el, value);
    else if (tag.endsWith(':checkbox')) await el.setChecked(value === 'true');
    else await el.fill(value);
  }
}

export async function readForm(page: Page, ids: string[]): Promise<Record<string, string>> {
  return page.evaluate((list) => {
    const out: Record<string, string> = {};
    for (const id of list) {
      const el = document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
      if (!el) continue;
      if (el instanceof HTMLSelectElement)
        out[id] = el.selectedIndex > 0 ? el.options[el.selectedIndex]!.text : '';
      else if (el.type === 'checkbox') out[id] = el.checked ? 'true' : 'false';
      else out[id] = el.value;
    }
    return out;
  }, ids);
}

/** Reads the extension's IndexedDB from one of its pages (never creates it). */
export async function dumpStore(extPage: Page): Promise<{ snapshots: any[]; profiles: any[] }> {
  return extPage.evaluate(async () => {
    const names = (await indexedDB.databases()).map((db) => db.name);
    if (!names.includes('exam-assist')) return { snapshots: [], profiles: [] };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('exam-assist');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<any[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const out = { snapshots: await all('snapshots'), profiles: await all('profiles') };
    db.close();
    return out;
  });
}

export function newestProfile(dump: { snapshots: any[]; profiles: any[] }): any {
  const newest = [...dump.snapshots].sort((a, b) => b.savedAt - a.savedAt || b.id - a.id)[0];
  return newest && dump.profiles.find((p) => p.id === newest.id)?.profile;
}

/**
 * Waits until the newest stored profile satisfies `ok` (the autosave follows
 * the page a moment later) and returns the store's content at that point.
 */
export async function storedWhen(
  ext: Page,
  ok: (profile: any) => boolean,
  timeout = 15_000,
): Promise<Awaited<ReturnType<typeof dumpStore>>> {
  let dump: Awaited<ReturnType<typeof dumpStore>> | undefined;
  await expect
    .poll(
      async () => {
        dump = await dumpStore(ext);
        return ok(newestProfile(dump));
      },
      { timeout },
    )
    .toBe(true);
  return dump!;
}

/** The tab id of a platform tab the background knows, by a part of its title (asked from an extension page). */
export async function platformTabId(ext: Page, titlePart: string): Promise<number> {
  let id = -1;
  await expect
    .poll(async () => {
      id = await ext.evaluate(async (part) => {
        const { tabs } = await (globalThis as any).chrome.runtime.sendMessage({
          type: 'storage:tabs',
        });
        return (
          (tabs as { tabId: number; title: string }[]).find((tab) => tab.title.includes(part))
            ?.tabId ?? -1
        );
      }, titlePart);
      return id;
    })
    .toBeGreaterThanOrEqual(0);
  return id;
}

export async function openForm(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.open(browser.platformUrl(FORM));
  // The content script has recognized the form once the contract attribute is there.
  await page.waitForSelector(`${byId(`${U}Name`)}[data-exam-assist-field="name"]`, {
    timeout: 15_000,
  });
  return page;
}

/**
 * On the options page: the newest snapshot's 恢复…, the open tab whose title
 * is `tabTitle` as the target, then 预览 — as a candidate does before applying.
 */
export async function previewNewestInto(ext: Page, tabTitle: string): Promise<void> {
  await ext.reload();
  await ext.locator('tr[data-snapshot]').first().getByRole('button', { name: '恢复…' }).click();
  const target = ext.getByLabel('恢复到哪个标签页');
  await target.waitFor();
  await target.selectOption({
    label: (await target.locator('option', { hasText: tabTitle }).first().textContent())!,
  });
  await ext.getByRole('button', { name: '预览', exact: true }).click();
}
