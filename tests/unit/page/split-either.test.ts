// @vitest-environment happy-dom
// One label over several boxes (毕业年月 as a year and a month select, 固定电话 as
// 区号-号码) and either-or labels (证件号码/报名号) on tests/fixtures/unseen/split-either.html:
// what detection makes of each box, the one value the checks see, the marks on
// the page, and the reason the outline export gives for a field left alone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFields, readFieldValue, type FormField } from '../../../src/page';
import { buildOutline } from '../../../src/page/outline';
import { assistOn, checksState, typeValue } from './dom-page';

const FIXTURE = readFileSync('tests/fixtures/unseen/split-either.html', 'utf8');
const BODY = /<body>([\s\S]*)<\/body>/.exec(FIXTURE)![1]!;

const box = (name: string) => document.querySelector(`[name="${name}"]`) as FormField;

/** Picks the option with this text, as a person's click does (the select's own change). */
function pick(name: string, text: string): void {
  const select = box(name) as HTMLSelectElement;
  select.selectedIndex = [...select.options].findIndex((o) => o.text === text);
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Every control against its data-expect mark ("key" or "key@row"); none unmarked is a field. */
function differences(): string[] {
  const found = new Map(detectFields(document).map((f) => [f.element as Element, f]));
  const out: string[] = [];
  for (const el of document.querySelectorAll('input,select,textarea')) {
    const want = el.getAttribute('data-expect') ?? 'none';
    const got = found.get(el);
    const gotText = got ? (want.includes('@') ? `${got.key}@${got.row}` : got.key) : 'none';
    if (gotText !== want) out.push(`${el.getAttribute('name')}: expected ${want}, got ${gotText}`);
  }
  return out;
}

describe('one label over several boxes', () => {
  it('makes one field of the boxes, on the first box; a range and the later boxes are none', () => {
    document.body.innerHTML = BODY;
    expect(differences()).toEqual([]);
    const graduation = detectFields(document).find((f) => f.key === 'graduationDate')!;
    expect(graduation.split).toBe('yearMonth');
    expect(graduation.parts!.map((p) => p.getAttribute('name'))).toEqual(['by0', 'bm0']);
  });

  it('reads the boxes as one value, as the field rules expect it', () => {
    document.body.innerHTML = BODY;
    detectFields(document);
    pick('by0', '2012');
    pick('bm0', '07');
    pick('fzn', '2010年');
    pick('fzy', '9月');
    (box('gh1') as HTMLInputElement).value = '010';
    (box('gh2') as HTMLInputElement).value = '12345678';
    (box('zcn') as HTMLInputElement).value = '2008';
    (box('zcy') as HTMLInputElement).value = '3';
    expect(readFieldValue(box('by0'))).toBe('2012-07');
    expect(readFieldValue(box('fzn'))).toBe('2010-09');
    expect(readFieldValue(box('gh1'))).toBe('010-12345678');
    expect(readFieldValue(box('zcn'))).toBe('2008-03');
    // Nothing chosen in either box: nothing to check.
    expect(readFieldValue(box('by1'))).toBe('');
  });

  it('checks the whole value and marks the first box; the later boxes say which field they belong to', async () => {
    assistOn(BODY);
    await expect.poll(checksState).toBe('idle');
    expect(box('bm0').getAttribute('data-exam-assist-part-of')).toBe('graduationDate');
    expect(box('gh2').getAttribute('data-exam-assist-part-of')).toBe('homePhone');
    expect(box('bm0').hasAttribute('data-exam-assist-field')).toBe(false);
    // A mobile number typed into the two landline boxes is a mobile, not a landline (R-PHONE-FIXED).
    typeValue(box('gh2') as HTMLInputElement, '13800138000');
    await expect.poll(() => box('gh1').getAttribute('data-exam-assist-state')).toBe('error');
    expect(box('gh1').getAttribute('data-exam-assist-rules')).toContain('R-PHONE-FIXED');
    typeValue(box('gh1') as HTMLInputElement, '010');
    typeValue(box('gh2') as HTMLInputElement, '62345678');
    await expect.poll(() => box('gh1').getAttribute('data-exam-assist-state')).toBe('ok');
  });
});

describe('either-or labels', () => {
  it('takes the key the value clearly is, and leaves the field alone otherwise', () => {
    document.body.innerHTML = BODY;
    const keys = new Map(
      detectFields(document).map((f) => [f.element.getAttribute('name'), f.key]),
    );
    // 证件号码/报名号 holding an ID number whose check digit holds: the ID number.
    expect(keys.get('zjhm')).toBe('idNumber');
    // 身份证号或护照号 holding a passport number: not the ID card, and 护照号 is no key of ours.
    expect(keys.get('jhr')).toBeUndefined();
    // Empty: nothing tells.
    expect(keys.get('cx')).toBeUndefined();
  });

  it('the outline export says why such a field is left alone', async () => {
    assistOn(BODY);
    await expect.poll(checksState).toBe('idle');
    const byName = new Map(buildOutline(document).fields.map((f) => [f.name, f]));
    expect(byName.get('cx')!.leftAlone?.en).toMatch(/either-or label/i);
    expect(byName.get('cx')!.leftAlone?.zh).toContain('二选一');
    expect(byName.get('jhr')!.leftAlone?.en).toMatch(/shape of neither/);
    expect(byName.get('zjhm')!.recognized).toBe('idNumber');
    expect(byName.get('zjhm')!.leftAlone).toBeUndefined();
    expect(byName.get('bm0')!.partOf).toBe('graduationDate');
  });

  it('decides again as the candidate types: recognized once the value is clearly an ID number', async () => {
    assistOn(BODY);
    await expect.poll(checksState).toBe('idle');
    expect(box('cx').hasAttribute('data-exam-assist-field')).toBe(false);
    typeValue(box('cx') as HTMLInputElement, '110101198506123029');
    await expect.poll(() => box('cx').getAttribute('data-exam-assist-field')).toBe('idNumber');
    // A registration number (digits only, shorter) is no ID number: left alone again.
    typeValue(box('cx') as HTMLInputElement, '2025110012');
    await expect.poll(() => box('cx').hasAttribute('data-exam-assist-field')).toBe(false);
  });
});
