// @vitest-environment happy-dom
// Field detection on the replica pages and on small shapes a hidden acceptance
// page may use. Asserts the key a person reading the label
// would give each field, and that ambiguous fields are left alone.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { detectFields, type DetectedField } from '../../../src/page';

const fixture = (rel: string) => readFileSync(`tests/fixtures/platform/${rel}`, 'utf8');

function load(html: string): Document {
  document.open();
  document.write(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<link[^>]*>/g, ''));
  document.close();
  return document;
}

const byId = (fields: DetectedField[], id: string) => fields.find((f) => f.element.id === id);
const summary = (f: DetectedField | undefined) => f && { key: f.key, group: f.group, row: f.row };

describe('detectFields on the platform markup (tables of label cells, Edit:SP_User.0$… ids)', () => {
  beforeEach(() => load('<!doctype html><html><body></body></html>'));

  it('finds the 注册 page fields by their label cells, passwords included', () => {
    const fields = detectFields(load(fixture('register.html')));
    const keys = Object.fromEntries(fields.map((f) => [f.element.id, f.key]));
    expect(keys).toMatchObject({
      'Edit:SP_User.0$UserName': 'username',
      'Edit:SP_User.0$Passwd': 'password',
      'Edit:SP_User.0$PasswdConfirm': 'passwordConfirm',
      'Edit:SP_User.0$PasswdQuestion': 'recoveryQuestion',
      'Edit:SP_User.0$PasswdAnswer': 'recoveryAnswer',
      'Edit:SP_User.0$Email': 'email',
      'Edit:SP_User.0$Name': 'name',
      'Edit:SP_User.0$Certificate_TypeID': 'idType',
      'Edit:SP_User.0$Certificate_No': 'idNumber',
      'Edit:SP_User.0$Sex': 'sex',
      'Edit:SP_User.0$Birthday': 'birthDate',
      'Edit:SP_User.0$NationID': 'ethnicity',
      'Edit:SP_User.0$Nationality': 'nationality',
      'Edit:SP_User.0$ValidateCode': 'captcha',
    });
  });

  it('splits 个人信息 into its groups and numbers repeated rows, also rows added later', () => {
    const doc = load(fixture('profile.html'));
    let fields = detectFields(doc);
    expect(summary(byId(fields, 'Edit:SP_Edu.0$IsSelected'))).toEqual({
      key: 'educationSelected',
      group: 'education',
      row: 0,
    });
    expect(summary(byId(fields, 'Edit:SP_Train.0$IsSelected'))).toEqual({
      key: 'trainingSelected',
      group: 'training',
      row: 0,
    });
    expect(summary(byId(fields, 'Edit:SP_Cert.0$IsSelected'))).toEqual({
      key: 'certificateSelected',
      group: 'certificates',
      row: 0,
    });
    expect(summary(byId(fields, 'Edit:SP_Edu.0$EduType'))).toEqual({
      key: 'educationRegion',
      group: 'education',
      row: 0,
    });
    expect(summary(byId(fields, 'Edit:SP_Edu.0$EduCategory'))).toEqual({
      key: 'educationCategory',
      group: 'education',
      row: 0,
    });
    expect(byId(fields, 'Edit:SP_Edu.0$Diploma_No')?.key).toBe('diplomaNumber');
    expect(byId(fields, 'Edit:SP_Work.0$OnDuty')?.key).toBe('onDutyStatus');
    expect(byId(fields, 'Edit:SP_Contact.0$HomePhone')?.key).toBe('homePhone');
    expect(byId(fields, 'Edit:SP_Train.0$TrainUnit')?.key).toBe('trainingUnit');
    expect(byId(fields, 'Edit:SP_Work.0$WorkUnit')?.key).toBe('workUnit');
    expect(byId(fields, 'Edit:SP_Cert.0$CertType')?.key).toBe('certificateType');
    // No field of the page is claimed twice for one key in one row.
    const rowKeys = fields
      .filter((f) => f.row !== undefined)
      .map((f) => `${f.group}/${f.row}/${f.key}`);
    expect(new Set(rowKeys).size).toBe(rowKeys.length);

    // A second education row, as the "+" button adds it.
    const tpl = doc.getElementById('tpl-education') as HTMLTemplateElement;
    const holder = doc.createElement('div');
    holder.innerHTML = tpl.innerHTML.replace(/__N__/g, '1');
    doc.getElementById('rows-education')!.append(...holder.children);
    fields = detectFields(doc);
    expect(summary(byId(fields, 'Edit:SP_Edu.1$Diploma_No'))).toEqual({
      key: 'diplomaNumber',
      group: 'education',
      row: 1,
    });
    expect(summary(byId(fields, 'Edit:SP_Edu.1$IsSelected'))).toEqual({
      key: 'educationSelected',
      group: 'education',
      row: 1,
    });
  });

  it('finds the 考试报名 steps: photo file input, 考区/考点, 累计报考次数, 加试科目', () => {
    const step2 = detectFields(load(fixture('apply-step2.html')));
    expect(byId(step2, 'Edit:SP_Apply.0$Photo')?.key).toBe('photo');
    expect(byId(step2, 'Edit:SP_Apply.0$PermitNo')?.key).toBe('hkmotwPermit');
    const step6 = detectFields(load(fixture('apply-step6.html')));
    expect(step6.map((f) => f.key).sort()).toEqual([
      'attempts',
      'examRegion',
      'examSite',
      'extraSubject',
    ]);
  });
});

describe('detectFields on other markups', () => {
  it('reads labels above fields, aria-label and placeholder; leaves unknown and ambiguous labels alone', () => {
    const fields = detectFields(load(fixture('alt/labels-above.html')));
    expect(byId(fields, 'f_3')?.key).toBe('idType');
    expect(byId(fields, 'f_17')?.key).toBe('idNumber');
    expect(byId(fields, 'f_2')?.key).toBe('name');
    // A radio group is one field, stood for by its first radio.
    expect(byId(fields, 'f_5')?.key).toBe('sex');
    expect(byId(fields, 'f_6')).toBeUndefined();
    expect(byId(fields, 'f_21')?.key).toBe('mobile');
    expect(byId(fields, 'f_22')?.key).toBe('email');
    expect(byId(fields, 'f_40')?.key).toBe('onDutyStatus');
    expect(byId(fields, 'f_30')).toBeUndefined(); // 备注
    expect(byId(fields, 'f_31')).toBeUndefined(); // 号码: matches nothing exactly
    expect(summary(byId(fields, 'f_50'))).toEqual({
      key: 'educationSelected',
      group: 'education',
      row: 0,
    });
    expect(summary(byId(fields, 'f_53'))).toEqual({
      key: 'educationCategory',
      group: 'education',
      row: 0,
    });
    expect(summary(byId(fields, 'f_54'))).toEqual({
      key: 'diplomaNumber',
      group: 'education',
      row: 0,
    });
  });

  it('resolves 选择 by the group heading, and leaves it alone without one', () => {
    load(`<body>
      <h3>证书情况</h3><div><label><input type="checkbox" id="a"> 选择</label></div>
      <div><label><input type="checkbox" id="b"> 选择</label></div>
    </body>`);
    const fields = detectFields(document);
    expect(byId(fields, 'a')?.key).toBe('certificateSelected');
    // "b": the heading is further up, past the sibling row.
    expect(byId(fields, 'b')?.key).toBe('certificateSelected');
    load(`<body><div><label><input type="checkbox" id="c"> 选择</label></div></body>`);
    expect(byId(detectFields(document), 'c')).toBeUndefined();
  });

  it('uses <label for>, aria-labelledby, the header cell of a column, and the id suffix as a second signal', () => {
    load(`<body>
      <label for="p">*证件编号：</label><input id="p">
      <span id="lab">邮政编码</span><input id="q" aria-labelledby="lab">
      <h4>教育经历</h4>
      <table><tr><th>学校</th><th>毕业年月</th><th>毕业证书编号</th></tr>
        <tr><td><input id="r0a"></td><td><input id="r0b"></td><td><input id="r0c"></td></tr>
        <tr><td><input id="r1a"></td><td><input id="r1b"></td><td><input id="r1c"></td></tr></table>
      <input id="Edit:SP_User.0$Mobile">
      <label for="z">备注</label><input id="z" name="Edit:SP_User.0$Remark">
    </body>`);
    const fields = detectFields(document);
    expect(byId(fields, 'p')?.key).toBe('idNumber');
    expect(byId(fields, 'q')?.key).toBe('postcode');
    expect(summary(byId(fields, 'r1c'))).toEqual({
      key: 'diplomaNumber',
      group: 'education',
      row: 1,
    });
    expect(summary(byId(fields, 'r0b'))).toEqual({
      key: 'graduationDate',
      group: 'education',
      row: 0,
    });
    expect(byId(fields, 'Edit:SP_User.0$Mobile')?.key).toBe('mobile');
    expect(byId(fields, 'z')).toBeUndefined();
  });

  it('reads a label row above an input row, and a Chinese label with an English gloss', () => {
    load(`<body><table>
      <tr><td>证件类型</td><td>证件号码 ID No.</td></tr>
      <tr><td><select id="t"><option>居民身份证</option></select></td><td><input id="n"></td></tr>
      <tr><td>手机号码</td><td>邮政编码</td></tr>
      <tr><td><input id="m"></td><td><input id="p"></td></tr>
    </table></body>`);
    const fields = detectFields(document);
    expect(byId(fields, 't')?.key).toBe('idType');
    expect(byId(fields, 'n')?.key).toBe('idNumber');
    expect(byId(fields, 'm')?.key).toBe('mobile');
    expect(byId(fields, 'p')?.key).toBe('postcode');
  });

  it('reads the text before the field inside a wrapping label, ignoring a hint after it', () => {
    load(`<body><label>手机号码 <input id="m"> <small>大陆 11 位</small></label>
      <label><span>*邮政编码：</span><input id="p"><em>6 位</em></label></body>`);
    const fields = detectFields(document);
    expect(byId(fields, 'm')?.key).toBe('mobile');
    expect(byId(fields, 'p')?.key).toBe('postcode');
  });

  it('a generic row label (类别, 类型, 选择) counts only with evidence of its group', () => {
    // 考试报名 step 1's filter: 类别 of the exam, not an education row.
    load(`<body><h3>选择报考类别</h3><table><tr><td>类别：</td><td><select id="k"><option>医师资格考试</option></select></td>
      <td>级别：</td><td><select id="l"><option>执业医师</option></select></td></tr></table></body>`);
    expect(byId(detectFields(document), 'k')).toBeUndefined();
    // Next to recognized education fields, without a heading, it is education's 类别.
    load(`<body><table><tr><td>毕业学校</td><td><input id="s"></td><td>类别</td><td><select id="c">
      <option>高等医学教育</option></select></td>
      <td>毕业年月</td><td><input id="g"></td></tr></table></body>`);
    expect(byId(detectFields(document), 'c')?.key).toBe('educationCategory');
  });
});
