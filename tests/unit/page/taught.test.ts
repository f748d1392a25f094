// @vitest-environment happy-dom
// Teach-a-field mappings: the stored selector names the field
// the candidate taught, and a mapping whose field is gone, duplicated or of
// another kind is ignored, never applied to another field.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { detectFields } from '../../../src/page';
import { kindFits, resolveMapping, robustSelector, taughtElements } from '../../../src/page/taught';
import type { TaughtMapping } from '../../../src/page/types';

function load(html: string): Document {
  document.open();
  document.write(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<link[^>]*>/g, ''));
  document.close();
  return document;
}
const unknownPage = () => load(readFileSync('tests/fixtures/unknown/signup.html', 'utf8'));
const here = () => ({ host: location.hostname, path: location.pathname });

describe('the unknown-markup replica', () => {
  beforeEach(() => load('<!doctype html><html><body></body></html>'));

  it('has no field the catalogue recognizes (the page teach-a-field is for)', () => {
    expect(detectFields(unknownPage())).toEqual([]);
  });
});

describe('robustSelector', () => {
  beforeEach(() => load('<!doctype html><html><body></body></html>'));

  it('uses the id with tag and type, and the selector names that element alone', () => {
    const doc = unknownPage();
    const el = doc.getElementById('zz_19')!;
    const sel = robustSelector(el);
    expect(sel).toBe('input[type="text" i][id="zz_19"]');
    expect([...doc.querySelectorAll(sel)]).toEqual([el]);
    expect(robustSelector(doc.getElementById('zz_11')!)).toBe('select[id="zz_11"]');
  });

  it('escapes platform ids with $ . : and quotes, and still names exactly that element', () => {
    const doc = load(
      `<!doctype html><body><input id='Edit:SP_Edu.0$Diploma_No'><input id='a"b'><input ` +
        `id='Edit:SP_Edu.1$Diploma_No'></body>`,
    );
    for (const el of doc.querySelectorAll('input'))
      expect([...doc.querySelectorAll(robustSelector(el))]).toEqual([el]);
  });

  it('falls back to the name, then to a structural path, when the id is missing or shared', () => {
    const doc = load(`<!doctype html><body>
      <div><input id="dup" name="a1"><input id="dup" name="a2"></div>
      <table><tr><td>甲</td><td><input></td></tr><tr><td>乙</td><td><input></td></tr></table>
    </body>`);
    const [, second] = doc.querySelectorAll('input[id=dup]');
    expect(robustSelector(second!)).toBe('input:not([type])[name="a2"]');
    const cells = doc.querySelectorAll('table input');
    const sel = robustSelector(cells[1]!);
    expect([...doc.querySelectorAll(sel)]).toEqual([cells[1]]);
  });
});

describe('applying stored mappings', () => {
  beforeEach(() => load('<!doctype html><html><body></body></html>'));

  it('applies a mapping to its field, so detection gives it the taught key', () => {
    const doc = unknownPage();
    const taught: TaughtMapping[] = [
      { ...here(), selector: 'input[type="text" i][id="zz_19"]', key: 'diplomaNumber' },
      { ...here(), selector: 'select[id="zz_11"]', key: 'onDutyStatus' },
    ];
    const fields = detectFields(doc, { taught });
    expect(fields.map((f) => [f.element.id, f.key])).toEqual([
      ['zz_11', 'onDutyStatus'],
      ['zz_19', 'diplomaNumber'],
    ]);
  });

  it('ignores a mapping whose field no longer exists, instead of applying it elsewhere', () => {
    const doc = unknownPage();
    doc.getElementById('zz_19')!.remove();
    const taught = [
      { ...here(), selector: 'input[type="text" i][id="zz_19"]', key: 'diplomaNumber' },
    ];
    expect(detectFields(doc, { taught })).toEqual([]);
  });

  it('ignores a mapping whose selector now matches several fields, or a field of another tag or type', () => {
    const doc = unknownPage();
    const clone = doc.getElementById('zz_19')!.cloneNode() as HTMLInputElement;
    doc.body.appendChild(clone);
    expect(
      taughtElements(doc, [
        { ...here(), selector: 'input[type="text" i][id="zz_19"]', key: 'diplomaNumber' },
      ]).size,
    ).toBe(0);
    clone.remove();
    // The page turned the text box into a select: the stored tag no longer matches.
    const select = doc.createElement('select');
    select.id = 'zz_19';
    doc.getElementById('zz_19')!.replaceWith(select);
    expect(
      taughtElements(doc, [
        { ...here(), selector: 'input[type="text" i][id="zz_19"]', key: 'diplomaNumber' },
      ]).size,
    ).toBe(0);
  });

  it('refuses a kind that does not fit: a checkbox is not a diploma number, a text box is not a file', () => {
    const doc = unknownPage();
    expect(kindFits(doc.getElementById('zz_05')!, 'diplomaNumber')).toBe(false);
    expect(resolveMapping(doc, { selector: '#zz_05', key: 'diplomaNumber' })).toBeUndefined();
    expect(resolveMapping(doc, { selector: '#zz_19', key: 'diplomaNumber' })).toBe(
      doc.getElementById('zz_19'),
    );
    expect(resolveMapping(doc, { selector: '#zz_19', key: 'noSuchField' })).toBeUndefined();
    expect(resolveMapping(doc, { selector: '##bad', key: 'diplomaNumber' })).toBeUndefined();
  });

  it('applies only the mappings of this host and path', () => {
    const doc = unknownPage();
    const other = [
      { host: 'other.example.cn', path: here().path, selector: '#zz_19', key: 'diplomaNumber' },
      { host: here().host, path: '/elsewhere.html', selector: '#zz_19', key: 'diplomaNumber' },
    ];
    expect(detectFields(doc, { taught: other })).toEqual([]);
  });
});
