// Backup from the popup, as a candidate would use it: restore from the popup into this
// tab, name a snapshot from the popup, export with a passphrase, import on a
// fresh profile and find the same data; bad files are refused by name.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, useExtension } from './harness';
import {
  C,
  E0,
  FILL,
  U,
  byId,
  dumpStore,
  fillForm,
  newestProfile,
  openForm,
  platformTabId,
  readForm,
  storedWhen,
} from './backup-helpers';

const SUBSET = Object.fromEntries(Object.entries(FILL).filter(([id]) => !id.includes('SP_Edu.1')));

describe('popup restore, export and import', () => {
  const browser = useExtension();
  let ext: Page;
  const dir = mkdtempSync(path.join(tmpdir(), 'exam-assist-export-'));

  beforeAll(async () => {
    ext = await browser.open(browser.extensionUrl('options.html'));
  });

  it('restores into this tab from the popup, after a preview', async () => {
    const form = await openForm(browser);
    await fillForm(form, SUBSET);
    await storedWhen(ext, (p) => p?.education?.[0]?.diplomaNumber === SUBSET[`${E0}Diploma_No`]);
    await form.close();

    const empty = await openForm(browser);
    const tabId = await platformTabId(ext, '个人信息（备份测试）');
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
    await popup.getByRole('button', { name: '恢复…' }).click();
    await popup.getByRole('button', { name: '预览', exact: true }).click();
    const nameRow = popup.locator('table.plan tr[data-key="name"]');
    await nameRow.waitFor();
    expect(await nameRow.locator('td').allTextContents()).toEqual(['（空）', '张三', '填入']);
    // Readable at popup width: a field's name on one line, never one character per line.
    const nameCell = nameRow.locator('th');
    const box = (await nameCell.boundingBox())!;
    const lineHeight = await nameCell.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(box.width).toBeGreaterThan(120);
    expect(box.height).toBeLessThan(2 * lineHeight);
    // Buttons look like buttons and stand apart.
    const preview = popup.getByRole('button', { name: '预览', exact: true });
    const style = await preview.evaluate((el) => {
      const s = getComputedStyle(el);
      return { radius: parseFloat(s.borderTopLeftRadius), padding: parseFloat(s.paddingLeft) };
    });
    expect(style.radius).toBeGreaterThan(0);
    expect(style.padding).toBeGreaterThanOrEqual(8);
    const backupBox = (await popup
      .getByRole('button', { name: '备份', exact: true })
      .boundingBox())!;
    const restoreBox = (await popup.getByRole('button', { name: '恢复…' }).boundingBox())!;
    expect(restoreBox.x - (backupBox.x + backupBox.width)).toBeGreaterThanOrEqual(4);
    await popup.getByRole('button', { name: '恢复到页面' }).click();
    await popup.getByText(/已填入 \d+ 个，保留/).waitFor();
    expect(await readForm(empty, Object.keys(SUBSET))).toEqual(SUBSET);

    // The candidate types one more value; the autosave takes it.
    await empty.fill(byId(`${C}Email`), 'zhang.san@example.com');
    const autosaved = await storedWhen(ext, (p) => p?.contact?.email === 'zhang.san@example.com');
    // "备份" with a name right after that autosave: a new, named, manual snapshot;
    // the automatic one stays automatic and unnamed.
    await popup.getByLabel(/快照名称/).fill('2025 报名前');
    await popup.getByRole('button', { name: '备份', exact: true }).click();
    await popup.getByText('已备份。').waitFor();
    const dump = await dumpStore(ext);
    expect(dump.snapshots).toHaveLength(autosaved.snapshots.length + 1);
    const named = dump.snapshots.filter((s) => s.name === '2025 报名前');
    expect(named.map((s) => s.source)).toEqual(['manual']);
    expect(dump.snapshots.filter((s) => s.source === 'auto' && s.name)).toEqual([]);
    expect(dump.profiles.find((p) => p.id === named[0].id)?.profile.contact.email).toBe(
      'zhang.san@example.com',
    );
    await popup.close();
    await empty.close();
  });

  it('exports with a passphrase and imports the same data on a fresh profile; bad files are refused', async () => {
    await ext.reload();
    await ext.getByRole('heading', { name: '导出与导入' }).waitFor();
    await ext.getByLabel('包含快照历史').check();
    await ext.getByLabel('密码（可选，设置后文件会被加密）').fill('考试 passphrase 2025');
    await ext.getByLabel('再次输入密码').fill('考试 passphrase 2025');
    const [download] = await Promise.all([
      ext.waitForEvent('download'),
      ext.getByRole('button', { name: '导出文件' }).click(),
    ]);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    const envelope = JSON.parse(text);
    expect(envelope.format).toBe('exam-assist/profile-encrypted');
    expect(envelope.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(text).not.toContain('张三');
    const original = await dumpStore(ext);

    // A second, fresh browser profile.
    const fresh = await launchExtension();
    try {
      const page = await fresh.context.newPage();
      await page.goto(fresh.extensionUrl('options.html'));
      await page.getByRole('heading', { name: '导出与导入' }).waitFor();
      const importWith = async (filePath: string, passphrase: string) => {
        await page.getByLabel('选择要导入的文件').setInputFiles(filePath);
        await page.getByLabel('文件密码（加密文件需要）').fill(passphrase);
        await page.getByRole('button', { name: '导入', exact: true }).click();
        // Either a refusal, or the rules' findings shown before anything is saved.
        const message = page.getByTestId('import-message');
        const findings = page.getByTestId('import-findings');
        const shown = async () =>
          (await findings.count())
            ? ((await findings.textContent()) ?? '')
            : ((await message.textContent({ timeout: 1_000 }).catch(() => '')) ?? '');
        await expect.poll(shown, { timeout: 20_000 }).toMatch(/^(?!正在校验)./);
        return shown();
      };
      // Wrong passphrase, tampered file, future version: named, nothing written.
      expect(await importWith(file, 'wrong passphrase')).toContain('密码不正确，或文件已被修改');
      const tampered = path.join(dir, 'tampered.json');
      const bytes = Buffer.from(envelope.data, 'base64');
      bytes[10]! ^= 1;
      writeFileSync(tampered, JSON.stringify({ ...envelope, data: bytes.toString('base64') }));
      expect(await importWith(tampered, '考试 passphrase 2025')).toContain('文件已被修改或损坏');
      const future = path.join(dir, 'future.json');
      writeFileSync(
        future,
        JSON.stringify({ format: 'exam-assist/profile', version: 3, profile: {} }),
      );
      expect(await importWith(future, '')).toContain('文件版本 3 比本扩展支持的版本 2 新');
      const truncated = path.join(dir, 'truncated.json');
      writeFileSync(truncated, text.slice(0, 300));
      expect(await importWith(truncated, '考试 passphrase 2025')).toContain('文件不完整');
      // A plain file with one ID digit changed: the rules' finding is shown, nothing is saved yet.
      const plain = path.join(dir, 'plain-id-changed.json');
      const profile = structuredClone(newestProfile(original));
      profile.basic.idNumber = '11010519491231003X';
      writeFileSync(
        plain,
        JSON.stringify({
          format: 'exam-assist/profile',
          version: 1,
          savedAt: new Date().toISOString(),
          profile,
        }),
      );
      const checked = await importWith(plain, '');
      expect(checked).toContain('尚未保存');
      expect(checked).toContain('R-ID-CN');
      expect(checked).toContain('证件编号');
      await page.getByRole('button', { name: '取消' }).click();
      await page.getByText('已取消，没有写入任何内容。').waitFor();
      expect((await dumpStore(page)).snapshots).toHaveLength(0);

      // The right passphrase: checked first, saved on confirmation, the same data with its history.
      expect(await importWith(file, '考试 passphrase 2025')).toContain('尚未保存');
      expect((await dumpStore(page)).snapshots).toHaveLength(0);
      await page.getByRole('button', { name: /确认导入|仍然导入/ }).click();
      await expect
        .poll(() => page.getByTestId('import-message').textContent())
        .toContain('导入成功');
      const imported = await dumpStore(page);
      expect(newestProfile(imported)).toEqual(newestProfile(original));
      expect(imported.snapshots.filter((s) => s.name === '2025 报名前')).toHaveLength(1);
      await expect.poll(() => page.locator('#pf-name').inputValue()).toBe('张三');
      await expect.poll(() => page.locator('#pf-mobile').inputValue()).toBe(SUBSET[`${C}Mobile`]);
      expect(fresh.foreignRequests).toEqual([]);
    } finally {
      await fresh.close();
    }
    expect(browser.foreignRequests).toEqual([]);
    expect(SUBSET[`${U}Name`]).toBe('张三');
  });
});
