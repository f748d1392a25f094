// Teach-a-field in Chromium with the built extension, on a
// replica page whose markup and labels the extension does not know
// (tests/fixtures/unknown/signup.html). The overlay is in a closed shadow root:
// it is read and its buttons are clicked through the accessibility tree
// (tests/e2e/content-overlay.ts), and the picker is driven by the keyboard.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { attr, byId, checksIdle, rulesOf, useExtension } from './harness';
import { axButtons, clickAxButton, overlayText } from './content-overlay';

// The extension API inside the service worker's evaluate() callbacks.
declare const chrome: any;

const UNKNOWN = 'unknown/signup.html';
const REPLICA_DIR = mkdtempSync(path.join(tmpdir(), 'exam-assist-outline-'));
const browser = useExtension({ extraStatic: { '/outline-replicas/': REPLICA_DIR } });
let outlineFile: string | undefined;

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.open(url);
  return { page, errors: browser.errorsOf(page) };
}

/** The focus is inside the extension's overlay (its closed shadow root retargets to the host). */
const overlayHasFocus = (page: Page) =>
  page.evaluate(() => document.activeElement?.hasAttribute('data-exam-assist-overlay') ?? false);

/** Focus a field, open the picker from the page summary, type the field name, press Enter. */
async function teach(page: Page, field: Locator, name: string): Promise<void> {
  await field.focus();
  await expect
    .poll(async () => (await axButtons(page, /教助手认字段|这个字段是/)).length, {
      timeout: 10_000,
    })
    .toBeGreaterThan(0);
  await clickAxButton(page, /教助手认字段|这个字段是/);
  // The picker takes focus in its search box (a combobox in the accessibility tree).
  await expect.poll(() => overlayText(page), { timeout: 5_000 }).toContain('搜索字段名称');
  await expect.poll(() => overlayHasFocus(page)).toBe(true);
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}

async function storedTaught(): Promise<
  { host: string; path: string; selector: string; key: string }[]
> {
  const [worker] = browser.context.serviceWorkers();
  return worker!.evaluate(
    async () => ((await chrome.storage.local.get('taught')).taught ?? []) as never,
  );
}

describe('a page the extension does not know', () => {
  it('says plainly that it recognized nothing, and offers to teach a field and export the outline', async () => {
    const { page, errors } = await open(browser.platformUrl(UNKNOWN));
    await expect
      .poll(() => overlayText(page), { timeout: 10_000 })
      .toContain('这个页面像是报名表，但助手没有认出其中的字段。');
    expect(await overlayText(page)).toContain('did not recognize any of its fields');
    expect((await axButtons(page, /教助手认字段/)).length).toBe(1);
    expect((await axButtons(page, /导出页面结构/)).length).toBe(1);
    // Nothing on the page was marked.
    expect(await page.locator('[data-exam-assist-field]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports an outline with the form structure and none of the values of the filled form', async () => {
    const { page } = await open(browser.platformUrl(UNKNOWN));
    const values: Record<string, string> = {
      q7x: '欧阳秀英甲',
      q7y: '360426199101010079',
      zz_03: '13912345678',
      zz_04: '江西省南昌市红谷滩路88号',
      zz_19: '104031202105005123',
      zz_20: '我的补充说明乙',
    };
    for (const [id, value] of Object.entries(values)) {
      await byId(page, id).click();
      await page.keyboard.type(value);
    }
    await byId(page, 'zz_11').selectOption({ label: '当年毕业研究生' });
    await byId(page, 'zz_12').selectOption({ label: '硕士研究生' });
    await byId(page, 'zz_05').check();
    await byId(page, 'zz_21').setInputFiles({
      name: 'my-secret-scan-丙.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 secret'),
    });
    await expect.poll(() => overlayText(page), { timeout: 10_000 }).toContain('导出页面结构');
    const download = page.waitForEvent('download');
    await clickAxButton(page, /导出页面结构/);
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^page-outline-.*\.json$/);
    outlineFile = path.join(REPLICA_DIR, 'outline.json');
    await file.saveAs(outlineFile);
    const text = readFileSync(outlineFile, 'utf8');
    const outline = JSON.parse(text);
    // The structure: every field with tag, type, id, name, nearby text, section; option texts.
    const byFieldId = Object.fromEntries(outline.fields.map((f: { id: string }) => [f.id, f]));
    expect(Object.keys(byFieldId).sort()).toEqual([
      'q7x',
      'q7y',
      'zz_03',
      'zz_04',
      'zz_05',
      'zz_11',
      'zz_12',
      'zz_19',
      'zz_20',
      'zz_21',
    ]);
    expect(byFieldId.zz_19).toMatchObject({
      tag: 'input',
      type: 'text',
      name: 'c19',
      section: '任职与学历',
      framePath: [],
    });
    expect(byFieldId.zz_19.nearbyText).toContain('证书号码(学历)');
    expect(byFieldId.zz_11.options).toEqual(['--请选择--', '试用期', '在职', '当年毕业研究生']);
    expect(byFieldId.zz_21).toMatchObject({ tag: 'input', type: 'file' });
    // None of the values typed, chosen, ticked or uploaded.
    for (const value of Object.values(values)) expect(text).not.toContain(value);
    for (const value of [
      'my-secret-scan',
      '.pdf',
      '"checked"',
      'selected',
      'server-token-123',
      '"03"',
      '"s"',
    ])
      expect(text).not.toContain(value);
    await expect.poll(() => overlayText(page)).toContain('已导出页面结构');
    await page.close();
  });

  it(
    'the candidate teaches 在岗情况 and 毕业证书编号 through the summary; the missing-number error shows at once and ' +
      'after a reload',
    async () => {
      const { page, errors } = await open(browser.platformUrl(UNKNOWN));
      await expect.poll(() => overlayText(page), { timeout: 10_000 }).toContain('没有认出');
      const onDuty = byId(page, 'zz_11');
      const diploma = byId(page, 'zz_19');

      await teach(page, onDuty, '在岗情况');
      await expect.poll(attr(onDuty, 'data-exam-assist-field')).toBe('onDutyStatus');
      await expect.poll(() => overlayText(page)).toContain('已记住：这个字段是“在岗情况”');
      await onDuty.selectOption({ label: '在职' });

      await teach(page, diploma, '毕业证书编号');
      await expect.poll(attr(diploma, 'data-exam-assist-field')).toBe('diplomaNumber');
      // R-DIPLOMA-REQUIRED: 在职 needs the diploma number; the warning is there at once.
      await expect.poll(attr(diploma, 'data-exam-assist-state')).toBe('error');
      await expect.poll(rulesOf(diploma)).toContain('R-DIPLOMA-REQUIRED');
      await expect.poll(() => overlayText(page)).toContain('缺少毕业证书编号');
      // Two of the nine fields are known now, and the summary says just that.
      await expect.poll(() => overlayText(page)).toContain('助手只认出了其中 2 个字段');
      expect(await overlayText(page)).not.toContain('没有认出');

      // Typing the number clears it.
      await diploma.click();
      await page.keyboard.type('104031202105005123');
      await expect.poll(rulesOf(diploma)).not.toContain('R-DIPLOMA-REQUIRED');

      // Stored per host and path, in the extension's storage.
      const taught = await storedTaught();
      expect(taught.map((m) => [m.host, m.path, m.key]).sort()).toEqual([
        ['www.nmec.org.cn', '/unknown/signup.html', 'diplomaNumber'],
        ['www.nmec.org.cn', '/unknown/signup.html', 'onDutyStatus'],
      ]);
      // Nothing in the page's own storage.
      expect(
        await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage)),
      ).not.toContain('diplomaNumber');

      // After a reload: both fields are recognized again and checked.
      await page.reload();
      await expect
        .poll(attr(onDuty, 'data-exam-assist-field'), { timeout: 10_000 })
        .toBe('onDutyStatus');
      await expect.poll(attr(diploma, 'data-exam-assist-field')).toBe('diplomaNumber');
      await onDuty.selectOption({ label: '在职' });
      await diploma.fill('');
      await diploma.dispatchEvent('input');
      await expect.poll(attr(diploma, 'data-exam-assist-state')).toBe('error');
      await expect.poll(rulesOf(diploma)).toContain('R-DIPLOMA-REQUIRED');
      await expect.poll(() => overlayText(page)).toContain('缺少毕业证书编号');
      // An unrelated field of the page stays untouched, also once every check has run.
      await checksIdle(page);
      expect(await byId(page, 'q7x').getAttribute('data-exam-assist-field')).toBeNull();
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('the context-menu entry opens the picker for the field that was right-clicked', async () => {
    const { page } = await open(browser.platformUrl(UNKNOWN));
    const phone = byId(page, 'zz_03');
    await expect
      .poll(attr(byId(page, 'zz_19'), 'data-exam-assist-field'), { timeout: 10_000 })
      .toBe('diplomaNumber');
    // The menu itself is Chromium's; its click sends this message to the frame (src/teach/menu.ts).
    await phone.dispatchEvent('contextmenu', { button: 2 });
    await page.bringToFront();
    const [worker] = browser.context.serviceWorkers();
    await worker!.evaluate(async (url) => {
      const tabs = await chrome.tabs.query({});
      for (const tab of tabs)
        if (tab.id !== undefined)
          await chrome.tabs
            .sendMessage(tab.id, { type: 'teach:open' }, { frameId: 0 })
            .catch(() => undefined);
      return url;
    }, page.url());
    await expect.poll(() => overlayText(page), { timeout: 5_000 }).toContain('搜索字段名称');
    await expect.poll(() => overlayHasFocus(page)).toBe(true);
    await page.keyboard.type('手机号码');
    await page.keyboard.press('Enter');
    await expect.poll(attr(phone, 'data-exam-assist-field')).toBe('mobile');
    await phone.click();
    await page.keyboard.type('12345');
    await expect.poll(attr(phone, 'data-exam-assist-state')).toBe('error');
    await page.close();
  });

  it('a mapping whose field is gone, doubled or changed is ignored, not applied to another field', async () => {
    const { page } = await open(browser.platformUrl(UNKNOWN));
    const diplomaMarked = page.locator('[data-exam-assist-field="diplomaNumber"]');
    await expect.poll(() => diplomaMarked.count(), { timeout: 10_000 }).toBe(1);
    // The page renders a second copy with the same id: which one is meant is unknown, so neither.
    await page.evaluate(() => {
      const copy = document.createElement('input');
      copy.type = 'text';
      copy.id = 'zz_19';
      copy.name = 'c19-copy';
      document.getElementById('zz_04')!.after(copy);
    });
    await expect.poll(() => diplomaMarked.count()).toBe(0);
    // The original field is gone and a checkbox now carries its id: not a diploma number either.
    await page.evaluate(() => {
      for (const el of [...document.querySelectorAll('[id="zz_19"]')]) el.remove();
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = 'zz_19';
      document.getElementById('zz_20')!.before(box);
    });
    // The page change is collected and classified again before the checks say idle.
    await checksIdle(page);
    expect(await diplomaMarked.count()).toBe(0);
    expect(await byId(page, 'zz_19').getAttribute('data-exam-assist-field')).toBeNull();
    // The other taught field is unaffected.
    expect(await byId(page, 'zz_11').getAttribute('data-exam-assist-field')).toBe('onDutyStatus');
    await page.close();
  });

  it(
    'scripts/outline-to-replica.mjs turns the exported outline into a page on which the taught mapping ' +
      'works',
    async () => {
      expect(outlineFile).toBeDefined();
      const replica = path.join(REPLICA_DIR, 'signup.html');
      execFileSync(process.execPath, ['scripts/outline-to-replica.mjs', outlineFile!, replica]);
      const html = readFileSync(replica, 'utf8');
      expect(html).toContain('证书号码(学历)');
      expect(html).not.toContain('104031202105005123');
      // The same mappings, stored for the replica's address.
      const taught = await storedTaught();
      const [worker] = browser.context.serviceWorkers();
      await worker!.evaluate(
        async (list) => {
          await chrome.storage.local.set({ taught: list });
        },
        [...taught, ...taught.map((m) => ({ ...m, path: '/outline-replicas/signup.html' }))],
      );
      const { page, errors } = await open(browser.platformUrl('outline-replicas/signup.html'));
      const onDuty = byId(page, 'zz_11');
      const diploma = byId(page, 'zz_19');
      await expect
        .poll(attr(onDuty, 'data-exam-assist-field'), { timeout: 10_000 })
        .toBe('onDutyStatus');
      await expect.poll(attr(diploma, 'data-exam-assist-field')).toBe('diplomaNumber');
      await onDuty.selectOption({ label: '在职' });
      // The empty number waits until the candidate got to its group (src/page/touched.ts):
      // nothing yet, then leaving the field shows it.
      await checksIdle(page);
      expect(await rulesOf(diploma)()).not.toContain('R-DIPLOMA-REQUIRED');
      await diploma.focus();
      await diploma.blur();
      await expect.poll(rulesOf(diploma)).toContain('R-DIPLOMA-REQUIRED');
      expect(errors).toEqual([]);
      expect(browser.foreignRequests).toEqual([]);
      await page.close();
    },
  );

  it('the outline of a page of frames gives each field its frame path, and still no values', async () => {
    const { page } = await open(browser.platformUrl('platform/alt/frames.html'));
    await page.waitForSelector('[data-exam-assist-field]', { timeout: 10_000 });
    await byId(page, 'top_mobile').fill('13800138000');
    const srcdoc = page.frameLocator('#srcdoc-frame');
    await srcdoc.locator('#s1').fill('110101199003074578');
    await srcdoc.locator('#s2').fill('100081');
    // Open the picker from the context-menu entry (no field right-clicked), then export from it.
    const [worker] = browser.context.serviceWorkers();
    await page.bringToFront();
    await worker!.evaluate(async () => {
      const tabs = await chrome.tabs.query({ active: true });
      for (const tab of tabs)
        await chrome.tabs
          .sendMessage(tab.id, { type: 'teach:open' }, { frameId: 0 })
          .catch(() => undefined);
    });
    await expect
      .poll(async () => (await axButtons(page, /导出页面结构/)).length, { timeout: 5_000 })
      .toBeGreaterThan(0);
    const download = page.waitForEvent('download');
    await clickAxButton(page, /导出页面结构/);
    const text = readFileSync((await (await download).path())!, 'utf8');
    const outline = JSON.parse(text);
    const where = Object.fromEntries(
      outline.fields.map((f: { id: string; framePath: number[]; recognized?: string }) => [
        f.id,
        [f.framePath.join('/'), f.recognized ?? null],
      ]),
    );
    expect(where.top_mobile).toEqual(['', 'mobile']);
    expect(where.s1).toEqual(['1', 'idNumber']);
    expect(where.s2).toEqual(['1', 'postcode']);
    expect(outline.fields.some((f: { framePath: number[] }) => f.framePath.join('/') === '0')).toBe(
      true,
    );
    expect(
      outline.frames.map((f: { framePath: number[]; readable: boolean }) => [
        f.framePath.join('/'),
        f.readable,
      ]),
    ).toEqual([
      ['0', true],
      ['1', true],
    ]);
    for (const value of ['13800138000', '110101199003074578', '100081'])
      expect(text).not.toContain(value);
    await page.close();
  });

  it('the options page lists the taught fields; removing one takes effect on the open page at once', async () => {
    const { page } = await open(browser.platformUrl(UNKNOWN));
    const phone = byId(page, 'zz_03');
    await expect.poll(attr(phone, 'data-exam-assist-field'), { timeout: 10_000 }).toBe('mobile');
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    const section = options.locator('section[aria-labelledby="taught-title"]');
    await expect.poll(() => section.textContent(), { timeout: 10_000 }).toContain('手机号码');
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('www.nmec.org.cn');
    expect(text).toContain('/unknown/signup.html');
    expect(text).toContain('毕业证书编号');
    // The list passes an automated accessibility scan (axe-core, as tests/e2e/a11y.test.ts does).
    await options.evaluate(
      readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
    );
    const violations = (await options.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              ctx: unknown,
              opts: object,
            ): Promise<{ violations: { id: string; impact: string | null }[] }>;
          };
        }
      ).axe;
      const r = await axe.run(
        { include: [['section[aria-labelledby="taught-title"]']] },
        { resultTypes: ['violations'] },
      );
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id);
    })) as string[];
    expect(violations).toEqual([]);
    const removeButton = options.getByRole('button', {
      name: '删除：手机号码（www.nmec.org.cn/unknown/signup.html）',
    });
    await removeButton.click();
    await expect.poll(() => removeButton.count()).toBe(0);
    await expect.poll(() => section.textContent()).toContain('已删除');
    expect(
      (await storedTaught()).some((m) => m.key === 'mobile' && m.path === '/unknown/signup.html'),
    ).toBe(false);
    // The platform tab drops the mapping without a reload; the others stay.
    await expect.poll(attr(phone, 'data-exam-assist-field')).toBeNull();
    expect(await byId(page, 'zz_11').getAttribute('data-exam-assist-field')).toBe('onDutyStatus');
    await options.close();
    await page.close();
  });

  it(
    'works by keyboard alone: Tab reaches the summary, the picker names the page field and the catalogue ' +
      'field',
    async () => {
      const { page } = await open(browser.platformUrl(UNKNOWN));
      await expect
        .poll(() => overlayText(page), { timeout: 10_000 })
        .toContain('这个页面像是报名表');
      // From the page's last control, Tab goes on into the extension's summary.
      await byId(page, 'nxt').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => overlayText(page), { timeout: 5_000 }).toContain('搜索字段名称');
      await expect.poll(() => overlayHasFocus(page)).toBe(true);
      // Back one control: the page-field chooser; pick 收件地点 with the arrow keys.
      await page.keyboard.press('Shift+Tab');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.type('通讯地址');
      // The list follows the arrow keys; Enter takes the highlighted name.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      const place = byId(page, 'zz_04');
      await expect.poll(attr(place, 'data-exam-assist-field')).toBe('address');
      // Focus is back on the field that was taught.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('zz_04');
      await page.close();
    },
  );
});

describe('the teach UI for assistive technology', () => {
  it(
    'the picker is a named dialog with a named combobox and listbox whose options a screen reader reads; Esc ' +
      'closes it',
    async () => {
      // A copy of the unknown page at an address where nothing was taught yet.
      writeFileSync(
        path.join(REPLICA_DIR, 'fresh.html'),
        readFileSync(`tests/fixtures/${UNKNOWN}`),
      );
      const { page } = await open(browser.platformUrl('outline-replicas/fresh.html'));
      await expect
        .poll(() => overlayText(page), { timeout: 10_000 })
        .toContain('这个页面像是报名表');
      await byId(page, 'zz_20').focus();
      await clickAxButton(page, /教助手认字段/);
      await expect.poll(() => overlayText(page)).toContain('搜索字段名称');
      await expect.poll(() => overlayHasFocus(page)).toBe(true);
      await page.keyboard.type('毕业');
      // The closed shadow root is in the accessibility tree, as a screen reader sees it.
      const session = await page.context().newCDPSession(page);
      const tree = async () => {
        const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
          nodes: {
            ignored: boolean;
            role?: { value: string };
            name?: { value: string };
            properties?: { name: string; value: { value: unknown } }[];
          }[];
        };
        return nodes
          .filter((n) => !n.ignored)
          .map((n) => ({
            role: n.role?.value ?? '',
            name: n.name?.value ?? '',
            focused:
              n.properties?.some((p) => p.name === 'focused' && p.value.value === true) ?? false,
          }));
      };
      await expect
        .poll(async () => (await tree()).filter((n) => n.role === 'option').length)
        .toBeGreaterThan(0);
      const nodes = await tree();
      expect(nodes.find((n) => n.role === 'dialog')?.name).toBe('这个字段是… What is this field?');
      const search = nodes.find((n) => n.name.startsWith('搜索字段名称') && n.role !== 'listbox');
      expect(search?.role).toBe('combobox');
      expect(search?.focused).toBe(true);
      expect(nodes.find((n) => n.role === 'listbox')?.name).toBe('搜索字段名称 Search field names');
      const options = nodes.filter((n) => n.role === 'option').map((n) => n.name);
      expect(
        options.some((name) => name.includes('毕业证书编号') && name.includes('Diploma number')),
      ).toBe(true);
      // Filtered by what was typed: 考生姓名 does not match 毕业.
      expect(options.some((name) => name.includes('考生姓名'))).toBe(false);
      // No match: said in words.
      await page.keyboard.type('zzzz');
      await expect.poll(() => overlayText(page)).toContain('没有匹配的字段名称');
      // Esc closes the picker and puts the focus back on the field.
      await page.keyboard.press('Escape');
      await expect.poll(() => overlayText(page)).not.toContain('搜索字段名称');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('zz_20');
      await page.close();
    },
  );

  it('on a page the extension reads, focusing a field it does not know offers "这个字段是…" for that field', async () => {
    const { page } = await open(browser.platformUrl('platform/alt/labels-above.html'));
    await page.waitForSelector('[data-exam-assist-field]', { timeout: 10_000 });
    // A recognized page: no "not recognized" notice, no offer until an unknown field has the focus.
    expect(await overlayText(page)).not.toContain('这个页面像是报名表');
    expect((await axButtons(page, /这个字段是/)).length).toBe(0);
    await byId(page, 'f_30').focus();
    await expect.poll(async () => (await axButtons(page, /这个字段是/)).length).toBe(1);
    await clickAxButton(page, /这个字段是/);
    await expect.poll(() => overlayText(page)).toContain('搜索字段名称');
    // The page-field chooser already names the focused field (备注).
    const session = await page.context().newCDPSession(page);
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string }; value?: { value: string } }[];
    };
    const chooser = nodes.find((n) => n.name?.value.startsWith('页面上的字段'));
    expect(chooser?.value?.value).toContain('备注');
    await page.keyboard.press('Escape');
    await page.close();
  });
});
