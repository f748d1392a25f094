// @vitest-environment happy-dom
// The page outline: the form's structure, none of the values.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildOutline, OUTLINE_FORMAT } from '../../../src/page/outline';
import { formLooksUnrecognized } from '../../../src/teach/content';

function load(html: string): Document {
  document.open();
  document.write(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<link[^>]*>/g, ''));
  document.close();
  return document;
}

describe('buildOutline', () => {
  beforeEach(() => load('<!doctype html><html><body></body></html>'));

  it('describes each field: tag, type, id, name, label/nearby text, section and option texts', () => {
    const doc = load(readFileSync('tests/fixtures/unknown/signup.html', 'utf8'));
    const outline = buildOutline(doc);
    expect(outline.format).toBe(OUTLINE_FORMAT);
    const byId = Object.fromEntries(outline.fields.map((f) => [f.id, f]));
    expect(byId.zz_19).toMatchObject({
      tag: 'input',
      type: 'text',
      name: 'c19',
      section: '任职与学历',
      framePath: [],
    });
    expect(byId.zz_19!.nearbyText).toContain('证书号码(学历)');
    expect(byId.zz_11).toMatchObject({
      tag: 'select',
      type: 'select-one',
      options: ['--请选择--', '试用期', '在职', '当年毕业研究生'],
    });
    expect(byId.zz_05).toMatchObject({ tag: 'input', type: 'checkbox' });
    expect(byId.zz_20).toMatchObject({ tag: 'textarea' });
    // Hidden inputs (server state) are not part of the outline.
    expect(byId.tok).toBeUndefined();
  });

  it('contains none of the values of a filled form', () => {
    const doc = load(`<!doctype html><body><form>
      <label for="a">姓名</label><input id="a" value="默认值甲">
      <div>住址 <input id="b" name="b"></div>
      <select id="c"><option>请选择</option><option value="v2">在职</option></select>
      <input type="checkbox" id="d"> 同意
      <textarea id="e">预填文字乙</textarea>
    </form></body>`);
    (doc.getElementById('a') as HTMLInputElement).value = '张三丰甲';
    (doc.getElementById('b') as HTMLInputElement).value = '北京市某某路99号';
    (doc.getElementById('c') as HTMLSelectElement).selectedIndex = 1;
    (doc.getElementById('d') as HTMLInputElement).checked = true;
    (doc.getElementById('e') as HTMLTextAreaElement).value = '我的说明丙';
    const json = JSON.stringify(buildOutline(doc));
    for (const secret of [
      '张三丰甲',
      '默认值甲',
      '北京市某某路99号',
      '我的说明丙',
      '预填文字乙',
      'v2',
      'checked',
      'selected',
    ])
      expect(json).not.toContain(secret);
    // The option texts are the page's own, and are kept.
    expect(json).toContain('在职');
    expect(json).toContain('住址');
  });
});

describe('formLooksUnrecognized', () => {
  it('says so for a form of Chinese-labelled fields of which few or none were recognized', () => {
    expect(formLooksUnrecognized(8, 0)).toBe(true);
    expect(formLooksUnrecognized(8, 1)).toBe(true);
    expect(formLooksUnrecognized(8, 2)).toBe(false);
    expect(formLooksUnrecognized(40, 5)).toBe(true);
    expect(formLooksUnrecognized(40, 10)).toBe(false);
    // Two fields are not a registration form (a search box, a login).
    expect(formLooksUnrecognized(2, 0)).toBe(false);
  });
});
