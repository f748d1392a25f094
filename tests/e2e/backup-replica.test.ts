// Backup and restore on the page engineer's replica of the platform
// (tests/fixtures/platform/, pages this area did not write): every recognized
// field is filled the way a candidate would (keyboard and clicks), the snapshot
// holds every value the candidate changed, no
// password / captcha / recovery answer reaches IndexedDB, and an empty copy of
// the page gets every value back (rows after the candidate presses "+").
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension, type ExtensionBrowser } from './harness';
import {
  dumpStore,
  newestProfile,
  pickOption,
  previewNewestInto,
  storedWhen,
} from './backup-helpers';
import { fieldByKey } from '../../src/rules/catalogue';

type Values = Record<string, string>;

/**
 * Fills the recognized, editable, visible fields as a candidate does (typing,
 * ticking, the End key on a select: trusted events only): every empty box,
 * every unticked box, and every select not already on its last option, page
 * defaults included (the candidate changes 居民身份证 to another type). Returns
 * what the page shows per element id, and the ids the candidate changed.
 */
async function fillRecognized(
  page: Page,
  tag: string,
): Promise<{ shown: Values; edited: string[] }> {
  const fields = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
        '[data-exam-assist-field]',
      ),
    ].map((el) => ({
      id: el.id,
      key: el.getAttribute('data-exam-assist-field')!,
      select: el instanceof HTMLSelectElement,
      type: (el as HTMLInputElement).type,
      fixed: (el as HTMLInputElement).readOnly || el.disabled || el.getClientRects().length === 0,
      value: el.value,
      checked: (el as HTMLInputElement).checked,
      onLast: el instanceof HTMLSelectElement && el.selectedIndex === el.options.length - 1,
    })),
  );
  const edited: string[] = [];
  for (const field of fields) {
    if (!field.id || field.fixed) continue;
    const el = page.locator(`[id="${field.id}"]`);
    if (field.select) {
      if (field.onLast) continue;
      await el.focus();
      await el.press('End');
    } else if (field.type === 'checkbox') {
      if (field.checked) continue;
      await el.check();
    } else if (field.type === 'text' || field.type === '') {
      if (field.value) continue;
      await el.fill(/Date|date|Start|End/.test(field.key) ? '2015-07' : `${field.key}-${tag}`);
    } else continue;
    edited.push(field.id);
  }
  const ids = fields.map((field) => field.id).filter(Boolean);
  return { shown: await readById(page, ids), edited };
}

async function readById(page: Page, ids: string[]): Promise<Values> {
  return page.evaluate((list) => {
    const out: Record<string, string> = {};
    for (const id of list) {
      const el = document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
      if (!el) continue;
      const option = el instanceof HTMLSelectElement ? el.options[el.selectedIndex] : undefined;
      out[id] =
        el instanceof HTMLSelectElement
          ? option && option.value !== ''
            ? option.text.trim()
            : ''
          : el.type === 'checkbox'
            ? String((el as HTMLInputElement).checked)
            : el.value;
    }
    return out;
  }, ids);
}

async function open(browser: ExtensionBrowser, rel: string): Promise<Page> {
  const page = await browser.open(browser.platformUrl(rel));
  await page.waitForSelector('[data-exam-assist-field]', { timeout: 15_000 });
  return page;
}

describe('backup on the platform replica', () => {
  const browser = useExtension();
  let ext: Page;
  beforeAll(async () => {
    ext = await browser.open(browser.extensionUrl('options.html'));
  });

  it('register page: passwords, captcha and the recovery answer never reach IndexedDB', async () => {
    const page = await open(browser, 'platform/register.html');
    const secrets = {
      'Edit:SP_User.0$Passwd': 'Pw12345xyz',
      'Edit:SP_User.0$PasswdConfirm': 'Pw12345xyz',
      'Edit:SP_User.0$PasswdAnswer': '秘密答案ABC',
      'Edit:SP_User.0$ValidateCode': 'Q8Z3',
    };
    for (const [id, value] of Object.entries(secrets)) await page.fill(`[id="${id}"]`, value);
    await page.fill('[id="Edit:SP_User.0$UserName"]', 'replica_user');
    await page.fill('[id="Edit:SP_User.0$PasswdQuestion"]', '我的小学');
    await storedWhen(ext, (p) => p?.register?.recoveryQuestion === '我的小学');
    await page.close();
    const everything = JSON.stringify(await dumpStore(ext));
    expect(everything).toContain('replica_user');
    for (const secret of new Set(Object.values(secrets))) expect(everything).not.toContain(secret);
  });

  it('profile page: the snapshot equals the page and an empty copy gets every value back', async () => {
    const page = await open(browser, 'platform/profile.html');
    // The candidate adds a second row to every repeated group.
    for (const group of ['education', 'training', 'certificates'])
      await page.click(`[data-add-row="${group}"]`);
    await page.waitForSelector('[id="Edit:SP_Edu.1$School"][data-exam-assist-field]');
    const { shown, edited } = await fillRecognized(page, 'r');
    const recognized = Object.keys(shown);
    // The page's preselected 证件类型 / 国籍 / 考核结果 were changed by the candidate too.
    expect(edited).toEqual(
      expect.arrayContaining([
        'Edit:SP_User.0$Certificate_TypeID',
        'Edit:SP_User.0$Nationality',
        'Edit:SP_Train.0$Result',
      ]),
    );
    expect(recognized.length).toBeGreaterThan(30);
    const schoolRow1 = shown['Edit:SP_Edu.1$School'];
    expect(schoolRow1).toBeTruthy();
    const keys = await page.evaluate(
      (ids) =>
        ids.map((id) => document.getElementById(id)!.getAttribute('data-exam-assist-field')!),
      recognized,
    );
    /** Fields the candidate changed whose value the profile does not hold (yet), in group and row. */
    const missing = (profile: any): string[] =>
      recognized.filter((id, index) => {
        const def = fieldByKey(keys[index]!)!;
        if (def.sensitive || !edited.includes(id)) return false;
        const stored = def.repeats
          ? profile?.[def.group]?.[Number(/\.(\d+)\$/.exec(id)![1])]?.[def.key]
          : profile?.[def.group]?.[def.key];
        return (stored ?? '') !== shown[id];
      });
    // Typing takes a while: the autosave (≤ 1 per 2 s) catches up with the last field.
    const dump = await storedWhen(ext, (p) => missing(p).length === 0, 30_000);
    const saved = newestProfile(dump);
    // The readonly name the page prefilled is the platform's, not typed here: not saved.
    expect(saved.basic.name).toBeUndefined();
    // Every field the candidate changed is in the snapshot, in its group and row.
    expect(missing(saved)).toEqual([]);
    expect(saved.education[1].school).toBe(schoolRow1);
    expect(saved.education).toHaveLength(2);
    expect(saved.training).toHaveLength(2);
    expect(saved.certificates).toHaveLength(2);
    await page.close();

    const snapshotsBefore = (await dumpStore(ext)).snapshots.length;
    const empty = await open(browser, 'platform/profile.html');
    // The candidate tabs through the empty form: the page marks empty required fields red.
    await empty.locator('[id="Edit:SP_User.0$Certificate_TypeID"]').focus();
    for (let i = 0; i < recognized.length; i++) await empty.keyboard.press('Tab');
    const red = () => empty.locator('.platform-invalid[data-exam-assist-field]').count();
    const redBefore = await red();
    expect(redBefore).toBeGreaterThan(5);
    const tabTitle = await empty.title();
    await previewNewestInto(ext, tabTitle);
    await ext.locator('table.plan').waitFor();
    const note = (await ext.locator('.restore-panel').textContent()) ?? '';
    expect(note).toContain('教育经历：快照有 2 行，页面上只有 1 行');
    expect(note).toContain('培训经历：快照有 2 行');
    expect(note).toContain('证书情况：快照有 2 行');
    // The page's preselected 居民身份证 is a default: it counts as empty and is replaced.
    const idTypeRow = ext.locator('table.plan tr[data-key="idType"]');
    expect(await idTypeRow.locator('td').allTextContents()).toEqual([
      '居民身份证',
      shown['Edit:SP_User.0$Certificate_TypeID'],
      `页面默认值，将替换为 ${shown['Edit:SP_User.0$Certificate_TypeID']}`,
    ]);
    await ext.getByRole('button', { name: '恢复到页面' }).click();
    await ext.getByText(/已填入 \d+ 个，保留 0 个，未能填入 0 个/).waitFor();
    // The result names the fields; the page's red marks are gone (restore visits each field).
    const filledNames = await ext.locator('[data-outcome="filled"] li').allTextContents();
    expect(filledNames).toEqual(expect.arrayContaining(['证件类型', '国籍', '考核结果 第 1 行']));
    // The red marks for empty fields are gone (restore visits each field); a field
    // stays red only when the page's own pattern rejects the (placeholder) value
    // this test typed, and the result lists exactly those as marked by the page.
    await expect.poll(async () => (await red()) < redBefore).toBe(true);
    const stillRed = await empty
      .locator('.platform-invalid[data-exam-assist-field]')
      .evaluateAll((els) =>
        els.map((el) => ({
          pattern: el.getAttribute('data-pattern'),
          value: (el as HTMLInputElement).value,
        })),
      );
    for (const field of stillRed) {
      expect(field.pattern).toBeTruthy();
      expect(field.value).not.toBe('');
    }
    expect(await ext.locator('[data-outcome="flagged"] li', { hasText: '页面标红' }).count()).toBe(
      stillRed.length,
    );

    for (const group of ['education', 'training', 'certificates'])
      await empty.click(`[data-add-row="${group}"]`);
    await empty.waitForSelector('[id="Edit:SP_Edu.1$School"][data-exam-assist-field]');
    await ext.getByRole('button', { name: '预览', exact: true }).click();
    await ext.locator('table.plan tr[data-key="school"][data-row="1"]').waitFor();
    await ext.getByRole('button', { name: '恢复到页面' }).click();
    await expect.poll(() => readById(empty, recognized), { timeout: 10_000 }).toEqual(shown);
    // Restore never changed the backup: the candidate types one more value on the
    // restored page, and the snapshot that takes it still holds their own choices.
    await empty.fill('[id="Edit:SP_Contact.0$Email"]', 'after-restore@example.com');
    const later = await storedWhen(ext, (p) => p?.contact?.email === 'after-restore@example.com');
    expect(later.snapshots.length).toBe(snapshotsBefore + 1);
    expect(newestProfile(later).basic).toEqual(saved.basic);
    expect(newestProfile(later).training).toEqual(saved.training);
    await empty.close();
    expect(browser.foreignRequests).toEqual([]);
  });

  it('frames: values inside same-origin and srcdoc frames are backed up and restored', async () => {
    const page = await open(browser, 'platform/alt/frames.html');
    const cert = page.frameLocator('#cert-frame');
    const srcdoc = page.frameLocator('#srcdoc-frame');
    await cert.locator('#x1[data-exam-assist-field]').waitFor();
    await srcdoc.locator('#s1[data-exam-assist-field]').waitFor();
    await page.fill('#top_mobile', '13912345678');
    await pickOption(cert.locator('#x1'), '执业医师');
    await cert.locator('#x2').fill('2020-08');
    await srcdoc.locator('#s1').fill('11010519491231002X');
    await srcdoc.locator('#s2').fill('100191');
    await storedWhen(ext, (p) => {
      return (
        p?.contact?.mobile === '13912345678' &&
        p?.contact?.postcode === '100191' &&
        p?.certificates?.[0]?.certificateIssueDate === '2020-08' &&
        p?.basic?.idNumber === '11010519491231002X'
      );
    });
    await page.close();

    const empty = await open(browser, 'platform/alt/frames.html');
    await empty.frameLocator('#cert-frame').locator('#x1[data-exam-assist-field]').waitFor();
    await empty.frameLocator('#srcdoc-frame').locator('#s1[data-exam-assist-field]').waitFor();
    const title = await empty.title();
    await previewNewestInto(ext, title);
    await ext.locator('table.plan tr[data-key="certificateType"]').waitFor();
    expect(await ext.locator('table.plan tr[data-key="idNumber"]').count()).toBe(1);
    await ext.getByRole('button', { name: '恢复到页面' }).click();
    await ext.getByText(/已填入 \d+ 个，保留/).waitFor();
    expect(await empty.inputValue('#top_mobile')).toBe('13912345678');
    expect(
      await empty
        .frameLocator('#cert-frame')
        .locator('#x1')
        .evaluate((el: HTMLSelectElement) => el.options[el.selectedIndex]!.text),
    ).toBe('执业医师');
    expect(await empty.frameLocator('#cert-frame').locator('#x2').inputValue()).toBe('2020-08');
    expect(await empty.frameLocator('#srcdoc-frame').locator('#s1').inputValue()).toBe(
      '11010519491231002X',
    );
    expect(await empty.frameLocator('#srcdoc-frame').locator('#s2').inputValue()).toBe('100191');
    await empty.close();
  });

  // Every replica page round-trips: what the candidate filled comes back into a
  // fresh copy of the same page (secrets never do).
  it.each([
    'platform/register.html',
    'platform/apply-step2.html',
    'platform/apply-step3.html',
    'platform/apply-step4.html',
    'platform/apply-step5.html',
    'platform/apply-step6.html',
    'platform/alt/labels-above.html',
  ])('%s: filled values come back into a fresh copy', async (rel) => {
    const page = await open(browser, rel);
    const { shown, edited } = await fillRecognized(page, rel.replace(/\W+/g, ''));
    const ids = Object.keys(shown);
    const keys = await page.evaluate(
      (list) =>
        list.map((id) => document.getElementById(id)!.getAttribute('data-exam-assist-field')!),
      ids,
    );
    const stored = ids.filter(
      (id, index) =>
        edited.includes(id) &&
        !fieldByKey(keys[index]!)!.sensitive &&
        fieldByKey(keys[index]!)!.kind !== 'file',
    );
    const secret = ids.filter(
      (id, index) =>
        fieldByKey(keys[index]!)!.sensitive || fieldByKey(keys[index]!)!.kind === 'file',
    );
    // A value this page set (not a checkbox, not a date shared with other pages) tells when the save landed.
    const probe =
      stored.find((id) => /-/.test(shown[id] ?? '') && !(shown[id] ?? '').startsWith('20')) ??
      stored.find((id) => shown[id] && shown[id] !== 'true' && shown[id] !== 'false');
    expect(probe, 'a field to watch').toBeDefined();
    const probeKey = keys[ids.indexOf(probe!)]!;
    const def = fieldByKey(probeKey)!;
    await storedWhen(ext, (p) => {
      if (!p) return false;
      return def.repeats
        ? (p[def.group] as Values[]).some((row) => row[probeKey] === shown[probe!])
        : p[def.group][probeKey] === shown[probe!];
    });
    await page.close();

    const fresh = await open(browser, rel);
    const before = await readById(fresh, stored);
    const title = await fresh.title();
    await previewNewestInto(ext, title);
    await ext.locator('table.plan').waitFor();
    if (await ext.getByRole('button', { name: '恢复到页面' }).isEnabled()) {
      await ext.getByRole('button', { name: '恢复到页面' }).click();
      await ext.getByText(/已填入 \d+ 个，保留/).waitFor();
    }
    // Every field the candidate changed comes back; a page default counts as empty and is replaced.
    expect(Object.keys(before).length).toBe(stored.length);
    const expected = Object.fromEntries(stored.map((id) => [id, shown[id]]));
    await expect.poll(() => readById(fresh, stored), { timeout: 10_000 }).toEqual(expected);
    for (const id of secret)
      expect(
        await fresh
          .locator(`[id="${id}"]`)
          .inputValue()
          .catch(() => ''),
        id,
      ).toBe('');
    await fresh.close();
  });
});
