// Backup and restore on the page engineer's replica of the platform
// (tests/fixtures/platform/, pages this area did not write): every recognized
// field is filled the way a candidate would, the snapshot equals the page, no
// password / captcha / recovery answer reaches IndexedDB, and an empty copy of
// the page gets every value back (rows after the candidate presses "+").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './harness';
import { dumpStore, newestProfile, previewNewestInto, waitFor } from './backup-helpers';
import { fieldByKey } from '../../src/rules/catalogue';

type Values = Record<string, string>;

/** Fills every recognized, editable, empty field; returns what the page shows per element id. */
async function fillRecognized(page: Page, tag: string): Promise<Values> {
  return page.evaluate((suffix) => {
    const out: Record<string, string> = {};
    const fields = [
      ...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
        '[data-exam-assist-field]',
      ),
    ];
    for (const el of fields) {
      if ((el as HTMLInputElement).readOnly || el.disabled) continue;
      const key = el.getAttribute('data-exam-assist-field')!;
      const fire = () => {
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      };
      if (el instanceof HTMLSelectElement) {
        if (el.selectedIndex > 0) continue;
        el.selectedIndex = el.options.length - 1;
        fire();
      } else if (el.type === 'checkbox') {
        el.checked = true;
        fire();
      } else if (el.type === 'text' || el.type === '') {
        if (el.value) continue;
        el.value = /Date|date|Start|End/.test(key) ? '2015-07' : `${key}-${suffix}`;
        fire();
      }
    }
    for (const el of fields) {
      if (!el.id) continue;
      out[el.id] =
        el instanceof HTMLSelectElement
          ? (el.options[el.selectedIndex]?.text ?? '')
          : el.type === 'checkbox'
            ? String((el as HTMLInputElement).checked)
            : el.value;
    }
    return out;
  }, tag);
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
  const page = await browser.context.newPage();
  await page.goto(browser.platformUrl(rel));
  await page.waitForSelector('[data-exam-assist-field]', { timeout: 15_000 });
  return page;
}

describe('backup on the platform replica', () => {
  let browser: ExtensionBrowser;
  let ext: Page;
  beforeAll(async () => {
    browser = await launchExtension();
    ext = await browser.context.newPage();
    await ext.goto(browser.extensionUrl('options.html'));
  });
  afterAll(async () => browser?.close());

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
    await waitFor(
      () => dumpStore(ext),
      (d) => newestProfile(d)?.register?.recoveryQuestion === '我的小学',
    );
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
    const shown = await fillRecognized(page, 'r');
    const recognized = Object.keys(shown);
    expect(recognized.length).toBeGreaterThan(30);
    const schoolRow1 = shown['Edit:SP_Edu.1$School'];
    expect(schoolRow1).toBeTruthy();
    const dump = await waitFor(
      () => dumpStore(ext),
      (d) => newestProfile(d)?.education?.[1]?.school === schoolRow1,
    );
    const saved = newestProfile(dump);
    expect(saved.basic.name).toBe(shown['Edit:SP_User.0$Name']);
    // Every recognized field's value is in the snapshot, in its group and row.
    const keys = await page.evaluate(
      (ids) =>
        ids.map((id) => document.getElementById(id)!.getAttribute('data-exam-assist-field')!),
      recognized,
    );
    recognized.forEach((id, index) => {
      const def = fieldByKey(keys[index]!)!;
      if (def.sensitive) return;
      const stored = def.repeats
        ? saved[def.group][Number(/\.(\d+)\$/.exec(id)![1])]?.[def.key]
        : saved[def.group][def.key];
      expect(stored ?? '', id).toBe(shown[id]);
    });
    expect(saved.education).toHaveLength(2);
    expect(saved.training).toHaveLength(2);
    expect(saved.certificates).toHaveLength(2);
    await page.close();

    const empty = await open(browser, 'platform/profile.html');
    const tabTitle = await empty.title();
    await previewNewestInto(ext, tabTitle);
    await ext.locator('table.plan').waitFor();
    const note = (await ext.locator('.restore-panel').textContent()) ?? '';
    expect(note).toContain('教育经历：快照有 2 行，页面上只有 1 行');
    expect(note).toContain('培训经历：快照有 2 行');
    expect(note).toContain('证书情况：快照有 2 行');
    await ext.getByRole('button', { name: '恢复到页面' }).click();
    await ext.getByText(/已填入 \d+ 个字段/).waitFor();

    for (const group of ['education', 'training', 'certificates'])
      await empty.click(`[data-add-row="${group}"]`);
    await empty.waitForSelector('[id="Edit:SP_Edu.1$School"][data-exam-assist-field]');
    await ext.getByRole('button', { name: '预览', exact: true }).click();
    await ext.locator('table.plan tr[data-key="school"][data-row="1"]').waitFor();
    await ext.getByRole('button', { name: '恢复到页面' }).click();
    await expect.poll(() => readById(empty, recognized), { timeout: 10_000 }).toEqual(shown);
    expect(browser.foreignRequests).toEqual([]);
  });

  it('frames: values inside same-origin and srcdoc frames are backed up and restored', async () => {
    const page = await open(browser, 'platform/alt/frames.html');
    const cert = page.frameLocator('#cert-frame');
    const srcdoc = page.frameLocator('#srcdoc-frame');
    await cert.locator('#x1[data-exam-assist-field]').waitFor();
    await srcdoc.locator('#s1[data-exam-assist-field]').waitFor();
    await page.fill('#top_mobile', '13912345678');
    await cert.locator('#x1').selectOption({ label: '执业医师' });
    await cert.locator('#x2').fill('2020-08');
    await srcdoc.locator('#s1').fill('11010519491231002X');
    await srcdoc.locator('#s2').fill('100191');
    await waitFor(
      () => dumpStore(ext),
      (d) => {
        const p = newestProfile(d);
        return (
          p?.contact?.mobile === '13912345678' &&
          p?.contact?.postcode === '100191' &&
          p?.certificates?.[0]?.certificateIssueDate === '2020-08' &&
          p?.basic?.idNumber === '11010519491231002X'
        );
      },
    );
    await page.close();

    const empty = await open(browser, 'platform/alt/frames.html');
    await empty.frameLocator('#cert-frame').locator('#x1[data-exam-assist-field]').waitFor();
    await empty.frameLocator('#srcdoc-frame').locator('#s1[data-exam-assist-field]').waitFor();
    const title = await empty.title();
    await previewNewestInto(ext, title);
    await ext.locator('table.plan tr[data-key="certificateType"]').waitFor();
    expect(await ext.locator('table.plan tr[data-key="idNumber"]').count()).toBe(1);
    await ext.getByRole('button', { name: '恢复到页面' }).click();
    await ext.getByText(/已填入 \d+ 个字段/).waitFor();
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
    const shown = await fillRecognized(page, rel.replace(/\W+/g, ''));
    const ids = Object.keys(shown);
    const keys = await page.evaluate(
      (list) =>
        list.map((id) => document.getElementById(id)!.getAttribute('data-exam-assist-field')!),
      ids,
    );
    const stored = ids.filter(
      (_, index) =>
        !fieldByKey(keys[index]!)!.sensitive && fieldByKey(keys[index]!)!.kind !== 'file',
    );
    const secret = ids.filter((id) => !stored.includes(id));
    // A value this page set (not a checkbox, not a date shared with other pages) tells when the save landed.
    const probe =
      stored.find((id) => /-/.test(shown[id] ?? '') && !(shown[id] ?? '').startsWith('20')) ??
      stored.find((id) => shown[id] && shown[id] !== 'true' && shown[id] !== 'false');
    expect(probe, 'a field to watch').toBeDefined();
    const probeKey = keys[ids.indexOf(probe!)]!;
    const def = fieldByKey(probeKey)!;
    await waitFor(
      () => dumpStore(ext),
      (d) => {
        const p = newestProfile(d);
        if (!p) return false;
        return def.repeats
          ? (p[def.group] as Values[]).some((row) => row[probeKey] === shown[probe!])
          : p[def.group][probeKey] === shown[probe!];
      },
    );
    await page.close();

    const fresh = await open(browser, rel);
    const before = await readById(fresh, stored);
    const title = await fresh.title();
    await previewNewestInto(ext, title);
    await ext.locator('table.plan').waitFor();
    if (await ext.getByRole('button', { name: '恢复到页面' }).isEnabled()) {
      await ext.getByRole('button', { name: '恢复到页面' }).click();
      await ext.getByText(/已填入 \d+ 个字段/).waitFor();
    }
    // A field the fresh copy already showed filled keeps its value (default: fill only empty ones).
    const expected = Object.fromEntries(
      stored.map((id) => [id, before[id] && before[id] !== 'false' ? before[id] : shown[id]]),
    );
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
