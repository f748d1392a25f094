// @vitest-environment happy-dom
// Restore never changes the backup, and says what it did: one test per fault
// seen on the 个人信息 replica (page defaults, rewritten snapshots, red fields
// after restore, a result that hid what mattered, taught fields, import
// checks; the rename fault is in tests/unit/storage/snapshots.test.ts). The
// content side runs for real (ledger, autosave, restore, the platform's own
// script tests/fixtures/platform/platform.js) against the real snapshot store
// on fake-indexeddb.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import type { DetectedField, FormField } from '../../../src/page';
import { fieldByKey, type GroupId } from '../../../src/rules/catalogue';
import { startAutoBackup, type AutoBackup } from '../../../src/backup/autosave';
import { applyRestore, planRestore } from '../../../src/backup/restore';
import { SnapshotStore } from '../../../src/storage/snapshots';
import { checkImportText, exportText, ImportError, readImportText } from '../../../src/storage';
import {
  PROFILE_FILE_FORMAT,
  PROFILE_FILE_VERSION,
  emptyProfile,
  mergePatch,
  type Profile,
  type ProfilePatch,
} from '../../../src/profile';
import { trusted } from '../page/dom-page';

const PAGE = `
<form>
  <select id="idType" class="required"><option value="">请选择</option><option value="01" selected>居民身份证</option>
    <option value="02">港澳台居民居住证</option></select>
  <input id="idNumber" class="required">
  <select id="nationality" class="required"><option value="">请选择</option><option value="01"
    selected>中国 China</option><option value="02">中国香港 Hong Kong,China</option></select>
  <input id="name" class="required">
  <input id="mobile" class="required" data-pattern="^1\\d{10}$">
  <select id="sex" class="required"><option value="">请选择</option><option>男</option><option>女</option></select>
  <select id="result0" class="required"><option value="">请选择</option><option value="01" selected>未考核</option>
    <option value="02">合格</option></select>
  <input id="email">
</form>`;

const KEYS: [string, string, number?][] = [
  ['idType', 'idType'],
  ['idNumber', 'idNumber'],
  ['nationality', 'nationality'],
  ['name', 'name'],
  ['mobile', 'mobile'],
  ['sex', 'sex'],
  ['result0', 'trainingResult', 0],
];

const SAVED: Profile = mergePatch(emptyProfile(), {
  single: {
    basic: {
      idType: '港澳台居民居住证',
      idNumber: '810000199001010011',
      nationality: '中国香港 Hong Kong,China',
      name: '李文博',
      sex: '男',
    },
    contact: { mobile: '13800138000' },
  },
  rows: { training: [{ row: 0, values: { trainingResult: '合格' } }] },
});

// The platform's own page script, once for the whole file (it listens on `document`).
new Function(readFileSync('tests/fixtures/platform/platform.js', 'utf8'))();

function fieldsOf(keys = KEYS): DetectedField[] {
  return keys.map(([id, key, row]) => ({
    element: document.getElementById(id) as FormField,
    key,
    group: fieldByKey(key)!.group as GroupId,
    ...(row === undefined ? {} : { row }),
  }));
}

const el = <T extends Element = HTMLInputElement>(id: string) =>
  document.getElementById(id) as unknown as T;

/** The candidate types into a text box or picks an option by its text. */
function candidateSets(id: string, value: string): void {
  const target = el<HTMLInputElement | HTMLSelectElement>(id);
  if (target instanceof HTMLSelectElement) {
    target.selectedIndex = [...target.options].findIndex((o) => o.text === value);
  } else target.value = value;
  target.dispatchEvent(trusted('input'));
  target.dispatchEvent(trusted('change'));
}

const shown = (id: string) => {
  const target = el<HTMLInputElement | HTMLSelectElement>(id);
  return target instanceof HTMLSelectElement
    ? (target.options[target.selectedIndex]?.text ?? '')
    : target.value;
};

let store: SnapshotStore;
let auto: AutoBackup | undefined;
let sent: ProfilePatch[];
let saving: Promise<unknown>;

/** A fresh page load: the form as the platform serves it, and a new autosave with its own page id. */
function loadPage(page: string, fields: () => DetectedField[] = () => fieldsOf()) {
  auto?.stop();
  document.body.innerHTML = PAGE;
  sent = [];
  saving = Promise.resolve();
  auto = startAutoBackup(document, {
    detect: fields,
    send: (patch) => {
      sent.push(patch);
      saving = saving.then(() => store.saveAuto(patch, { host: 'h', page, keepLast: 50 }));
    },
  });
  return auto;
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = await SnapshotStore.open();
  await store.saveProfile(SAVED, { source: 'auto', host: 'h', now: Date.now() - 60_000 });
});
afterEach(async () => {
  auto?.stop();
  auto = undefined;
  await saving;
  store.close();
  vi.useRealTimers();
});

describe('fault 1: a default restore never writes the page defaults over the backup', () => {
  it('page defaults count as empty, are replaced, and restore starts no save', async () => {
    const page = loadPage('load-2');
    const profile = (await store.latest())!.profile;
    const plan = planRestore(fieldsOf(), profile, false, { ledger: page.ledger });
    const item = (key: string) => plan.items.find((i) => i.key === key)!;
    // What the preview shows: the page's preselected options will be replaced.
    expect(item('idType')).toMatchObject({
      current: '居民身份证',
      next: '港澳台居民居住证',
      action: 'fill',
      pageDefault: true,
    });
    expect(item('nationality')).toMatchObject({ action: 'fill', pageDefault: true });
    expect(item('trainingResult')).toMatchObject({ action: 'fill', pageDefault: true });
    expect(item('name')).toMatchObject({ action: 'fill' });
    expect(item('name').pageDefault).toBeUndefined();

    await applyRestore(() => fieldsOf(), profile, false, { ledger: page.ledger });
    expect([shown('idType'), shown('nationality'), shown('result0')]).toEqual([
      '港澳台居民居住证',
      '中国香港 Hong Kong,China',
      '合格',
    ]);
    // Leaving the page saves what the candidate edited: nothing.
    page.flush('pagehide');
    await saving;
    expect(sent).toEqual([]);
    const { snapshots } = await store.list();
    expect(snapshots).toHaveLength(1);
    expect((await store.latest())!.profile.basic).toMatchObject({
      idType: '港澳台居民居住证',
      nationality: '中国香港 Hong Kong,China',
    });
  });

  it("the candidate's own value is kept by default; then only their edit enters the backup", async () => {
    const page = loadPage('load-2');
    candidateSets('name', '张三丰');
    const profile = (await store.latest())!.profile;
    const result = await applyRestore(() => fieldsOf(), profile, false, { ledger: page.ledger });
    expect(result.kept.map((k) => [k.key, k.value])).toEqual([['name', '张三丰']]);
    page.flush('pagehide');
    await saving;
    expect(sent).toHaveLength(1);
    expect(sent[0]!.single).toEqual({ basic: { name: '张三丰' } });
    const latest = (await store.latest())!.profile;
    expect(latest.basic).toMatchObject({ name: '张三丰', idType: '港澳台居民居住证' });
    expect(latest.training[0]).toEqual({ trainingResult: '合格' });
  });

  it('a page script changing a field, or a fix, is not an edit', async () => {
    const page = loadPage('load-2');
    // The page's own script (or our one-click fix through writeFieldValue) sets a value.
    el('name').value = '页面脚本';
    el('name').dispatchEvent(new Event('input', { bubbles: true }));
    el('name').dispatchEvent(new Event('change', { bubbles: true }));
    page.flush('pagehide');
    await saving;
    expect(sent).toEqual([]);
    expect((await store.latest())!.profile.basic.name).toBe('李文博');
  });
});

describe('fault 2: a new page load never rewrites an earlier snapshot', () => {
  it('typing on a freshly loaded page starts a new snapshot with only that edit', async () => {
    let page = loadPage('load-1');
    candidateSets('name', '李文博二');
    page.flush('pagehide');
    await saving;
    page = loadPage('load-2'); // reloaded (or the browser restarted) within 10 minutes
    candidateSets('name', '张三丰');
    page.flush('pagehide');
    await saving;
    const { snapshots } = await store.list();
    const names = await Promise.all(
      snapshots.map(async (m) => (await store.get(m.id))!.profile.basic.name),
    );
    expect(names).toEqual(['张三丰', '李文博二', '李文博']);
  });
});

describe("fault 3: restore re-runs the page's own validation", () => {
  it('visits each field in page order (focus, input, change, blur) and the red marks go', async () => {
    const page = loadPage('load-2');
    // The candidate tabbed through the empty form: the page marks empty required fields red on blur.
    for (const id of ['idNumber', 'name', 'mobile', 'sex'])
      el(id).dispatchEvent(new FocusEvent('blur'));
    expect(el('name').classList.contains('platform-invalid')).toBe(true);
    const events: string[] = [];
    for (const type of ['focus', 'input', 'change', 'blur'])
      document.addEventListener(type, (e) => events.push(`${(e.target as Element).id}:${type}`), {
        capture: true,
      });
    const result = await applyRestore(() => fieldsOf(), (await store.latest())!.profile, false, {
      ledger: page.ledger,
    });
    const ids = KEYS.map(([id]) => id);
    expect(events).toEqual(
      ids.flatMap((id) => ['focus', 'input', 'change', 'blur'].map((t) => `${id}:${t}`)),
    );
    for (const id of ids) expect(el(id).classList.contains('platform-invalid')).toBe(false);
    expect(result.flagged).toEqual([]);
  });
});

describe('fault 4: the result names what was filled, kept, failed and is still flagged', () => {
  it('lists each field by name in its outcome', async () => {
    const page = loadPage('load-2');
    candidateSets('name', '张三丰');
    const profile = mergePatch((await store.latest())!.profile, {
      single: { basic: { sex: '未知' }, contact: { mobile: '1380013800' } },
      rows: {},
    });
    const result = await applyRestore(() => fieldsOf(), profile, false, { ledger: page.ledger });
    const names = (list: { label: { zh: string } }[]) => list.map((o) => o.label.zh);
    expect(names(result.filled)).toEqual(['证件类型', '证件编号', '国籍', '手机号码', '考核结果']);
    expect(names(result.kept)).toEqual(['考生姓名']);
    expect(result.failed).toEqual([expect.objectContaining({ key: 'sex', value: '未知' })]);
    // The page marks the 10-digit mobile red after the restore's blur: still flagged, by the page.
    expect(result.flagged).toEqual([
      expect.objectContaining({ key: 'mobile', value: '1380013800', by: ['page'] }),
    ]);
    expect(result.written).toBe(5);
  });
});

describe('fault 5: a taught field is backed up from the moment it is taught', () => {
  it('what was typed into a field before it was taught is saved when the session recognizes it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let taught = false;
    const withEmail = (): DetectedField[] => [
      ...fieldsOf(),
      ...(taught ? fieldsOf([['email', 'email']]) : []),
    ];
    const page = loadPage('load-2', withEmail);
    page.fieldsChanged(withEmail());
    candidateSets('email', 'li@example.com');
    vi.advanceTimersByTime(3_000);
    // Not recognized yet: nothing of it can be saved.
    expect(JSON.stringify(sent)).not.toContain('li@example.com');
    taught = true;
    page.fieldsChanged(withEmail()); // the session's fieldsChanged after teach
    vi.advanceTimersByTime(3_000);
    expect(sent.at(-1)?.single.contact).toEqual({ email: 'li@example.com' });
    // And what is typed later goes in as usual.
    candidateSets('email', 'wen@example.com');
    vi.advanceTimersByTime(3_000);
    expect(sent.at(-1)?.single.contact).toEqual({ email: 'wen@example.com' });
  });
});

describe('fault 6: import says what is known and runs the rules before saving', () => {
  const file = {
    format: PROFILE_FILE_FORMAT,
    version: PROFILE_FILE_VERSION,
    savedAt: '2026-01-01T00:00:00.000Z',
    profile: mergePatch(emptyProfile(), {
      single: { basic: { idType: '居民身份证', idNumber: '110105199101010026' } },
      rows: {},
    }),
  };

  it('a changed byte in the salt: "密码不正确，或文件已被修改"', async () => {
    const text = await exportText(file as never, 'correct horse battery');
    const envelope = JSON.parse(text);
    const salt = Buffer.from(envelope.kdf.salt, 'base64');
    salt[3] = salt[3]! ^ 0x01;
    envelope.kdf.salt = salt.toString('base64');
    const error = await readImportText(JSON.stringify(envelope), 'correct horse battery').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).text.zh).toBe('密码不正确，或文件已被修改。');
  });

  it("a plain file with an ID digit changed shows the rule's finding, and nothing is saved", async () => {
    const tampered = JSON.stringify({
      ...file,
      profile: {
        ...file.profile,
        basic: { ...file.profile.basic, idNumber: '110105199101010036' },
      },
    });
    const before = await store.list();
    const { findings } = await checkImportText(tampered, {});
    expect(findings).toEqual([
      expect.objectContaining({ field: 'idNumber', severity: 'error', ruleId: 'R-ID-CN' }),
    ]);
    expect(await store.list()).toEqual(before);
    // The untouched file reads clean.
    expect((await checkImportText(JSON.stringify(file), {})).findings).toEqual([]);
  });
});
