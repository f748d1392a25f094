// @vitest-environment happy-dom
// The content side of the backup: collecting page values (never a secret),
// the restore plan and its application, and the autosave throttle.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DetectedField, FormField } from '../../../src/page';
import { fieldByKey, type GroupId } from '../../../src/rules/catalogue';
import { collectPatch } from '../../../src/backup/collect';
import { applyRestore, planRestore } from '../../../src/backup/restore';
import { startAutoBackup } from '../../../src/backup/autosave';
import { createLedger, type FieldLedger } from '../../../src/backup/ledger';
import { emptyProfile, mergePatch, type Profile } from '../../../src/profile';
import { trusted } from '../page/dom-page';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

function field(id: string, key: string, row?: number): DetectedField {
  const element = document.getElementById(id) as FormField;
  return {
    element,
    key,
    group: fieldByKey(key)!.group as GroupId,
    ...(row === undefined ? {} : { row }),
  };
}

const FORM = `
  <input id="name" value="张三">
  <select id="sex"><option value="">请选择</option><option value="1">男</option><option value="2">女</option></select>
  <input id="mobile" value="">
  <input id="pw" type="password" value="Secret#1">
  <input id="captcha" name="ValidateCode" value="K7Q2">
  <input id="answer" value="红星小学">
  <input id="card" name="bankCardNo" value="6222020200000000000">
  <input id="school0" value="北京大学">
  <input id="school1" value="">
`;

/** The candidate types `value` into the field (or picks it). */
function typeInto(ledger: FieldLedger, id: string, value: string): void {
  const el = document.getElementById(id) as HTMLInputElement;
  el.value = value;
  for (const type of ['input', 'change']) {
    const event = trusted(type);
    el.dispatchEvent(event);
    ledger.record(event);
  }
}

let fields: DetectedField[];
beforeEach(() => {
  page(FORM);
  fields = [
    field('name', 'name'),
    field('sex', 'sex'),
    field('mobile', 'mobile'),
    // A password box the detector mapped to a storable key by mistake: still never stored.
    field('pw', 'username'),
    field('captcha', 'captcha'),
    field('answer', 'recoveryAnswer'),
    field('card', 'address'),
    field('school0', 'school', 0),
    field('school1', 'school', 1),
  ];
});

describe('collectPatch', () => {
  it("takes the candidate's edits by group and row and never a secret", () => {
    const ledger = createLedger();
    for (const id of ['name', 'pw', 'captcha', 'answer', 'card', 'school0'])
      typeInto(ledger, id, (document.getElementById(id) as HTMLInputElement).value);
    const patch = collectPatch(fields, ledger);
    expect(patch.single).toEqual({ basic: { name: '张三' } });
    expect(patch.rows).toEqual({ education: [{ row: 0, values: { school: '北京大学' } }] });
    const json = JSON.stringify(patch);
    for (const secret of ['Secret#1', 'K7Q2', '红星小学', '6222020200000000000'])
      expect(json).not.toContain(secret);
  });

  it("an untouched page value is not the candidate's; the 备份 button takes it only when not a default", () => {
    const ledger = createLedger();
    // Prefilled by the page: not in an automatic snapshot, nor in a manual one.
    expect(collectPatch(fields, ledger).single).toEqual({});
    expect(collectPatch(fields, ledger, 'page').single).toEqual({});
    // Written by restore: the manual backup takes what the page shows.
    const mobile = document.getElementById('mobile') as FormField;
    ledger.wrote(mobile, '13800138000');
    (mobile as HTMLInputElement).value = '13800138000';
    expect(collectPatch(fields, ledger).single).toEqual({});
    expect(collectPatch(fields, ledger, 'page').single.contact).toEqual({ mobile: '13800138000' });
  });

  it('an emptied field counts only when the candidate emptied it', () => {
    const ledger = createLedger();
    expect(collectPatch(fields, ledger).single.contact).toBeUndefined();
    typeInto(ledger, 'mobile', '');
    expect(collectPatch(fields, ledger).single.contact).toEqual({ mobile: '' });
  });
});

describe('restore', () => {
  const snapshot: Profile = mergePatch(emptyProfile(), {
    single: {
      basic: { name: '李四', sex: '女' },
      contact: { mobile: '13800138000' },
      register: { username: 'u1' },
    },
    rows: {
      education: [
        { row: 0, values: { school: '协和' } },
        { row: 1, values: { school: '首医' } },
        { row: 2, values: { school: '复旦' } },
      ],
    },
  });

  it('previews: fill empty, keep filled, overwrite on request, and rows to add', () => {
    const ledger = createLedger();
    // The candidate typed these; the page's own values would count as empty.
    typeInto(ledger, 'name', '张三');
    typeInto(ledger, 'school0', '北京大学');
    const plan = planRestore(fields, snapshot, false, { ledger });
    const action = (key: string, row?: number) =>
      plan.items.find((i) => i.key === key && i.row === row)?.action;
    expect(action('sex')).toBe('fill');
    expect(action('mobile')).toBe('fill');
    expect(action('name')).toBe('keep');
    expect(action('school', 0)).toBe('keep');
    expect(action('school', 1)).toBe('fill');
    // The password box is never a restore target even if mapped to a key.
    expect(plan.items.find((i) => i.key === 'username')).toBeUndefined();
    expect(plan.missingRows).toEqual([
      expect.objectContaining({ group: 'education', onPage: 2, inSnapshot: 3 }),
    ]);
    expect(
      planRestore(fields, snapshot, true, { ledger }).items.find((i) => i.key === 'name')?.action,
    ).toBe('overwrite');
    const nameItem = plan.items.find((i) => i.key === 'name')!;
    expect([nameItem.current, nameItem.next]).toEqual(['张三', '李四']);
  });

  it('writes like a person: the page sees input and change, selects by option text', async () => {
    const seen: string[] = [];
    for (const type of ['input', 'change'])
      document.addEventListener(type, (e) => seen.push(`${(e.target as Element).id}:${type}`));
    const ledger = createLedger();
    typeInto(ledger, 'name', '张三');
    typeInto(ledger, 'school0', '北京大学');
    seen.length = 0;
    const result = await applyRestore(() => fields, snapshot, false, { ledger });
    expect(result.written).toBe(3);
    expect((document.getElementById('sex') as HTMLSelectElement).selectedOptions[0]!.text).toBe(
      '女',
    );
    expect((document.getElementById('mobile') as HTMLInputElement).value).toBe('13800138000');
    expect((document.getElementById('name') as HTMLInputElement).value).toBe('张三');
    expect((document.getElementById('pw') as HTMLInputElement).value).toBe('Secret#1');
    expect(seen).toEqual(
      expect.arrayContaining([
        'sex:input',
        'sex:change',
        'mobile:input',
        'mobile:change',
        'school1:input',
        'school1:change',
      ]),
    );
    expect(seen.some((s) => s.startsWith('name:'))).toBe(false);
  });

  it('reports a value the page has no option for', async () => {
    const odd = mergePatch(emptyProfile(), { single: { basic: { sex: '未知' } }, rows: {} });
    const result = await applyRestore(() => fields, odd, false, { ledger: createLedger() });
    expect(result.failed).toEqual([expect.objectContaining({ key: 'sex', value: '未知' })]);
  });
});

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves at most once per 2 s while typing, and at once on pagehide and submit', () => {
    const sent: string[] = [];
    const auto = startAutoBackup(document, {
      detect: () => fields,
      send: (_patch, reason) => sent.push(reason),
    });
    const mobile = document.getElementById('mobile') as HTMLInputElement;
    const type = (text: string) => {
      mobile.value = text;
      mobile.dispatchEvent(trusted('input'));
    };
    for (let i = 0; i < 50; i++) {
      type(`138${i}`);
      vi.advanceTimersByTime(100); // 5 s of typing
    }
    // First save 0.5 s after the first keystroke, then at most one every 2 s.
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(sent.length).toBeLessThanOrEqual(3);
    const before = sent.length;
    type('13800138000');
    window.dispatchEvent(new Event('pagehide'));
    expect(sent.length).toBe(before + 1);
    expect(sent.at(-1)).toBe('pagehide');
    type('13800138001');
    document.getElementById('name')!.closest('body')!.innerHTML += '<form id="f"></form>';
    document.dispatchEvent(new Event('submit', { bubbles: true }));
    expect(sent.at(-1)).toBe('submit');
    // Nothing new: nothing sent.
    window.dispatchEvent(new Event('pagehide'));
    expect(sent.at(-1)).toBe('submit');
    auto.stop();
  });

  it('does not save a freshly opened page nobody typed in', () => {
    const sent: string[] = [];
    const auto = startAutoBackup(document, {
      detect: () => fields,
      send: (_p, reason) => sent.push(reason),
    });
    window.dispatchEvent(new Event('pagehide'));
    vi.advanceTimersByTime(5_000);
    expect(sent).toEqual([]);
    auto.stop();
  });
});
