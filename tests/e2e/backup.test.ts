// Backup and restore end to end, in Chromium with the built extension: fill the form, the
// automatic snapshot lands in the extension's IndexedDB (never a password,
// captcha or recovery answer), open an empty copy, restore from the options
// page with a preview, every value is back and the page saw input/change
// events; the second education row after the candidate presses "+".
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtension } from './harness';
import {
  C,
  E0,
  E1,
  FILL,
  SECRETS,
  U,
  byId,
  dumpStore,
  fillForm,
  newestProfile,
  openForm,
  readForm,
  storedWhen,
} from './backup-helpers';

describe('backup and restore in Chromium', () => {
  const browser = useExtension();
  let ext: Page;

  beforeAll(async () => {
    ext = await browser.open(browser.extensionUrl('options.html'));
  });

  it('saves what the page shows, never a secret, and restores it into an empty copy', async () => {
    const form = await openForm(browser);
    await form.click('#add-education'); // the candidate adds a second education row
    await fillForm(form, { ...FILL, ...SECRETS });
    const shown = await readForm(form, Object.keys(FILL));
    expect(shown).toEqual(FILL);

    // The automatic snapshot (≤ 1 per 2 s while typing) holds exactly what the page showed.
    const dump = await storedWhen(
      ext,
      (p) => p?.education?.[1]?.diplomaNumber === FILL[`${E1}Diploma_No`],
    );
    const saved = newestProfile(dump);
    expect(saved.basic).toEqual({
      name: '张三',
      idType: '居民身份证',
      idNumber: '11010519491231002X',
      sex: '女',
      birthDate: '1949-12-31',
      ethnicity: '回族',
      nationality: '中国 China',
    });
    expect(saved.register).toEqual({ username: 'wangyang2025', recoveryQuestion: '我的小学名称' });
    expect(saved.contact).toEqual({
      homePhone: '010-62345678',
      workPhone: '010-87654321',
      mobile: '13800138000',
      email: 'zhangsan@example.com',
      address: '北京市海淀区学院路38号',
      postcode: '100191',
    });
    expect(saved.work).toEqual({
      onDutyStatus: '在职',
      workUnit: '北京大学第三医院',
      position: '住院医师',
    });
    expect(saved.education).toEqual([
      {
        educationSelected: 'true',
        school: '北京大学医学部',
        graduationDate: '2015-07',
        educationLevel: '本科',
        schoolingLength: '五年制',
        major: '临床医学',
        diplomaNumber: '100011201505001234',
      },
      {
        // The second row's box was never ticked or unticked by the candidate: not recorded.
        school: '首都医科大学',
        graduationDate: '2018-07',
        educationLevel: '硕士研究生',
        schoolingLength: '三年制',
        major: '内科学',
        diplomaNumber: '100251201805000321',
      },
    ]);

    // Nothing secret anywhere in the extension's IndexedDB.
    await form.close(); // pagehide flushes the last values
    const everything = JSON.stringify(await dumpStore(ext));
    for (const secret of new Set(Object.values(SECRETS))) expect(everything).not.toContain(secret);
    expect(everything).not.toContain('Secret#Pw1');

    // An empty copy of the form (one education row), restored from the options page.
    const empty = await openForm(browser);
    expect(
      Object.values(await readForm(empty, [`${U}Name`, `${C}Mobile`, `${E0}School`])).every(
        (v) => v === '',
      ),
    ).toBe(true);
    await ext.reload();
    await ext.getByRole('heading', { name: '快照历史' }).waitFor();
    await ext.locator('tr[data-snapshot]').first().getByRole('button', { name: '恢复…' }).click();
    const tabSelect = ext.getByLabel('恢复到哪个标签页');
    await tabSelect.waitFor();
    expect(await tabSelect.locator('option').first().textContent()).toContain(
      '个人信息（备份测试）',
    );
    await ext.getByRole('button', { name: '预览', exact: true }).click();
    const previewRow = ext.locator('table.plan tr[data-key="idNumber"]');
    await previewRow.waitFor();
    await expect
      .poll(() => previewRow.locator('td').allTextContents())
      .toEqual(['（空）', '11010519491231002X', '填入']);
    // Snapshot has 2 education rows, the page 1: the candidate is told to press "+".
    await expect
      .poll(() => ext.locator('.restore-panel').textContent())
      .toContain('教育经历：快照有 2 行，页面上只有 1 行');
    expect(await ext.locator('table.plan tr[data-row="1"]').count()).toBe(0);

    await ext.getByRole('button', { name: '恢复到页面' }).click();
    await ext.getByText(/已填入 \d+ 个，保留/).waitFor();
    const rowZeroIds = Object.keys(FILL).filter((id) => !id.startsWith(E1));
    expect(await readForm(empty, rowZeroIds)).toEqual(
      Object.fromEntries(rowZeroIds.map((id) => [id, FILL[id]])),
    );
    // Secrets are never put back.
    expect(await readForm(empty, Object.keys(SECRETS))).toEqual(
      Object.fromEntries(Object.keys(SECRETS).map((id) => [id, ''])),
    );

    // The candidate presses the page's "+", then restores again: the second row comes back.
    await empty.click('#add-education');
    await ext.getByRole('button', { name: '预览', exact: true }).click();
    await ext.locator('table.plan tr[data-key="school"][data-row="1"]').waitFor();
    await ext.getByRole('button', { name: '恢复到页面' }).click();
    await expect.poll(() => readForm(empty, Object.keys(FILL)), { timeout: 10_000 }).toEqual(FILL);

    // The page's own listeners saw input and change for every restored field.
    const seen = (await empty.evaluate(() => (window as any).__seen)) as Record<
      string,
      { input: number; change: number }
    >;
    for (const id of Object.keys(FILL)) {
      if (id === `${E1}IsSelected`) continue;
      expect(seen[id], id).toBeDefined();
      expect(seen[id]!.input, id).toBeGreaterThanOrEqual(1);
      expect(seen[id]!.change, id).toBeGreaterThanOrEqual(1);
    }
    // And the rules re-checked them (docs/spec/page-contract.md attributes).
    await expect
      .poll(() => empty.getAttribute(byId(`${U}Certificate_No`), 'data-exam-assist-state'))
      .toMatch(/ok|warning|error/);
    await empty.close();
    expect(browser.foreignRequests).toEqual([]);
  });

  it('fills only empty fields by default, overwrites when asked', async () => {
    // Name the full snapshot, so the candidate's new typing starts a new history entry.
    await ext.reload();
    await ext.locator('tr[data-snapshot]').first().getByRole('button', { name: '命名' }).click();
    await ext.locator('form.inline input').fill('完整资料');
    await ext.locator('form.inline input').press('Enter');
    await ext.getByRole('cell', { name: '完整资料' }).waitFor();
    const page = await openForm(browser);
    await page.fill(byId(`${C}Mobile`), '13911112222');
    await storedWhen(ext, (p) => p?.contact?.mobile === '13911112222');
    await ext.reload();
    await ext
      .locator('tr[data-snapshot]', { hasText: '完整资料' })
      .getByRole('button', { name: '恢复…' })
      .click();
    await ext.getByLabel('恢复到哪个标签页').waitFor();
    await ext.getByRole('button', { name: '预览', exact: true }).click();
    const mobileRow = ext.locator('table.plan tr[data-key="mobile"]');
    await mobileRow.waitFor();
    expect(await mobileRow.getAttribute('data-action')).toBe('keep');
    // The kept field is named above the table, and counted in the heading.
    expect(await ext.getByTestId('plan-kept').textContent()).toContain('手机号码');
    expect(await ext.locator('.restore-panel h3').textContent()).toContain('保留 1 个页面上的值');
    await ext.getByLabel('覆盖页面上已有的值').check();
    await expect.poll(() => mobileRow.getAttribute('data-action')).toBe('overwrite');
    await ext.getByLabel('覆盖页面上已有的值').uncheck();
    await ext.getByRole('button', { name: '恢复到页面' }).click();
    await ext.getByText(/已填入 \d+ 个，保留/).waitFor();
    expect(await page.inputValue(byId(`${C}Mobile`))).toBe('13911112222');
    expect(await page.inputValue(byId(`${U}Name`))).toBe('张三');
    await page.close();
  });

  it('a write interrupted by closing the page leaves the last good snapshot readable', async () => {
    const before = newestProfile(await dumpStore(ext));
    expect(before?.basic?.name).toBe('张三');
    const page = await openForm(browser);
    // Type and close at once: the save may or may not happen, but never half.
    await page.fill(byId(`${U}Name`), '李四');
    await page.close({ runBeforeUnload: false });
    // An extension page killed in the middle of a big write transaction.
    const victim = await browser.context.newPage();
    await victim.goto(browser.extensionUrl('options.html'));
    await victim.getByRole('heading', { name: '快照历史' }).waitFor();
    await victim.evaluate(() => {
      const request = indexedDB.open('exam-assist');
      request.onsuccess = () => {
        const tx = request.result.transaction(['snapshots', 'profiles'], 'readwrite');
        for (let i = 0; i < 20_000; i++) {
          tx.objectStore('snapshots').put({
            id: 900_000 + i,
            savedAt: Date.now() + 1e9,
            source: 'auto',
            valueCount: 1,
            version: 1,
          });
          tx.objectStore('profiles').put({
            id: 900_000 + i,
            version: 1,
            profile: { basic: { name: 'half' } },
          });
        }
        (window as any).__started = true;
      };
    });
    await victim.waitForFunction(() => (window as any).__started === true);
    await victim.close({ runBeforeUnload: false });

    await ext.reload();
    await ext.getByRole('heading', { name: '快照历史' }).waitFor();
    const dump = await dumpStore(ext);
    expect(dump.snapshots.filter((s) => s.id >= 900_000)).toHaveLength(0);
    const after = newestProfile(dump);
    expect(['张三', '李四']).toContain(after.basic.name);
    // Every snapshot has its profile: no half-written record.
    for (const meta of dump.snapshots)
      expect(dump.profiles.some((p) => p.id === meta.id)).toBe(true);
    // The options page reads it: the profile editor shows the newest good name.
    await expect.poll(() => ext.locator('#pf-name').inputValue()).toBe(after.basic.name);
  });
});
