// @vitest-environment happy-dom
// Reading and writing values as a person would, and the contract attributes
// (docs/spec/page-contract.md) written on a field.
import { describe, expect, it } from 'vitest';
import { readFieldValue, writeFieldValue } from '../../../src/page';
import { ContractWriter } from '../../../src/page/contract';
import { pageMarksInvalid } from '../../../src/page/marks';
import type { Finding } from '../../../src/rules';

describe('readFieldValue / writeFieldValue', () => {
  it('reads a select by its option text, a placeholder option as empty, a checkbox as true/false', () => {
    document.body.innerHTML =
      `<select id="s"><option value="">请选择</option><option ` +
      `value="02">在职</option></select><input type="checkbox" id="c">`;
    const select = document.getElementById('s') as HTMLSelectElement;
    expect(readFieldValue(select)).toBe('');
    select.selectedIndex = 1;
    expect(readFieldValue(select)).toBe('在职');
    const box = document.getElementById('c') as HTMLInputElement;
    expect(readFieldValue(box)).toBe('false');
    box.checked = true;
    expect(readFieldValue(box)).toBe('true');
  });

  it('writes through the native setter and fires bubbling input and change, so the page sees it', () => {
    document.body.innerHTML =
      `<form id="f"><input id="i"><select id="s"><option ` +
      `value="">请选择</option><option value="9">执业助理医师</option></select></form>`;
    const seen: string[] = [];
    const form = document.getElementById('f')!;
    form.addEventListener('input', (e) => seen.push(`input:${(e.target as HTMLElement).id}`));
    form.addEventListener('change', (e) => seen.push(`change:${(e.target as HTMLElement).id}`));
    const input = document.getElementById('i') as HTMLInputElement;
    // A page (or framework) that shadows `value` on the instance still gets the real value set.
    let shadowed = '';
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => shadowed,
      set: (v) => (shadowed = `page:${v}`),
    });
    expect(writeFieldValue(input, '2009-06')).toBe(true);
    delete (input as unknown as Record<string, unknown>).value;
    expect(input.value).toBe('2009-06');
    expect(writeFieldValue(document.getElementById('s') as HTMLSelectElement, '执业助理医师')).toBe(
      true,
    );
    expect(readFieldValue(document.getElementById('s') as HTMLSelectElement)).toBe('执业助理医师');
    expect(seen).toEqual(['input:i', 'change:i', 'input:s', 'change:s']);
    expect(writeFieldValue(document.getElementById('s') as HTMLSelectElement, '不存在的选项')).toBe(
      false,
    );
  });

  it('reads and writes a radio group by the text of its options', () => {
    document.body.innerHTML =
      `<form id="f"><label><input type="radio" name="sex" id="m" value="1"> ` +
      `男</label><label><input type="radio" name="sex" id="w" value="2"> 女</label></form>`;
    const first = document.getElementById('m') as HTMLInputElement;
    const seen: string[] = [];
    document
      .getElementById('f')!
      .addEventListener('change', (e) => seen.push((e.target as HTMLElement).id));
    expect(readFieldValue(first)).toBe('');
    expect(writeFieldValue(first, '女')).toBe(true);
    expect((document.getElementById('w') as HTMLInputElement).checked).toBe(true);
    expect(readFieldValue(first)).toBe('女');
    expect(seen).toEqual(['w']);
    expect(writeFieldValue(first, '其它')).toBe(false);
  });

  it('does not write into a disabled or read-only field', () => {
    document.body.innerHTML = `<input id="r" readonly value="x"><input id="d" disabled>`;
    expect(writeFieldValue(document.getElementById('r') as HTMLInputElement, 'y')).toBe(false);
    expect((document.getElementById('r') as HTMLInputElement).value).toBe('x');
    expect(writeFieldValue(document.getElementById('d') as HTMLInputElement, 'y')).toBe(false);
  });
});

describe('ContractWriter', () => {
  const error: Finding = {
    ruleId: 'R-ID-CN',
    severity: 'error',
    field: 'idNumber',
    message: { zh: '校验码不对', en: 'Check character' },
  };
  const warning: Finding = {
    ruleId: 'R-DIPLOMA-REQUIRED',
    severity: 'warning',
    field: 'diplomaNumber',
    message: { zh: '请填写毕业证书编号', en: 'Fill in' },
  };

  it('writes state, rules, aria-invalid only while in error, and keeps the page’s own aria-describedby', () => {
    document.body.innerHTML = `<span id="hint">18 位</span><input id="i" aria-describedby="hint">`;
    const el = document.getElementById('i') as HTMLInputElement;
    const contract = new ContractWriter(document);
    contract.markField(el, 'idNumber');
    contract.apply(el, [error]);
    expect(el.getAttribute('data-exam-assist-field')).toBe('idNumber');
    expect(el.getAttribute('data-exam-assist-state')).toBe('error');
    expect(el.getAttribute('data-exam-assist-rules')).toBe('R-ID-CN');
    expect(el.getAttribute('aria-invalid')).toBe('true');
    const ids = el.getAttribute('aria-describedby')!.split(' ');
    expect(ids[0]).toBe('hint');
    expect(document.getElementById(ids[1]!)!.textContent).toContain('校验码不对');

    contract.apply(el, [warning]);
    expect(el.getAttribute('data-exam-assist-state')).toBe('warning');
    expect(el.hasAttribute('aria-invalid')).toBe(false);

    contract.apply(el, []);
    expect(el.getAttribute('data-exam-assist-state')).toBe('ok');
    expect(el.getAttribute('data-exam-assist-rules')).toBe('');
    expect(el.getAttribute('aria-describedby')).toBe('hint');

    contract.clear(el);
    expect(el.getAttributeNames().filter((n) => n.startsWith('data-exam-assist'))).toEqual([]);
    expect(el.getAttribute('aria-describedby')).toBe('hint');
  });

  it('the aria-invalid of a rule error is not read as the page’s own mark; the page’s is', () => {
    document.body.innerHTML = `<input id="a"><input id="b" aria-invalid="true">`;
    const ours = document.getElementById('a') as HTMLInputElement;
    const pages = document.getElementById('b') as HTMLInputElement;
    const contract = new ContractWriter(document);
    contract.apply(ours, [error]);
    contract.apply(pages, [error]);
    expect(ours.getAttribute('aria-invalid')).toBe('true');
    expect(pageMarksInvalid(ours)).toBe(false);
    expect(pageMarksInvalid(pages)).toBe(true);
    contract.apply(ours, []);
    ours.setAttribute('aria-invalid', 'true');
    expect(pageMarksInvalid(ours)).toBe(true);
  });
});
