// The pure halves of split values and either-or labels (src/rules/matcher.ts,
// src/rules/shapes.ts): which boxes make one field, how their values join and
// cut, which alternatives a label offers, and which one a value clearly is.
import { describe, expect, it } from 'vitest';
import {
  cutSplit,
  eitherOrLabel,
  hintPart,
  joinSplit,
  optionsPart,
  splitKind,
  type BoxPart,
} from '../../../src/rules/matcher';
import { decideByShape } from '../../../src/rules/shapes';

const TODAY = new Date('2026-06-01T00:00:00Z');

describe('split values', () => {
  it.each([
    [['--请选择--', '2025', '2024'], 'year'],
    [['年', '2025年', '2005年'], 'year'],
    [['月', '01', '12'], 'month'],
    [['请选择', '1月', '9月', '12月'], 'month'],
    [['请选择', '本科', '专科'], undefined],
    [['2025', '13'], undefined],
    [['请选择'], undefined],
  ])('options %j → %s', (texts, part) => {
    expect(optionsPart(texts)).toBe(part);
  });

  it.each([
    ['年', 'year'],
    ['YYYY', 'year'],
    ['月份', 'month'],
    ['请输入区号', 'area'],
    ['分机号', 'ext'],
    ['号码', 'number'],
    ['-', undefined],
    ['至', undefined],
  ])('hint %s → %s', (text, part) => {
    expect(hintPart(text)).toBe(part);
  });

  it.each<[string, BoxPart[], string | undefined]>([
    ['graduationDate', ['year', 'month'], 'yearMonth'],
    ['certificateIssueDate', ['year', 'month'], 'yearMonth'],
    ['graduationDate', ['month', 'year'], undefined],
    ['graduationDate', ['text', 'text'], undefined],
    ['homePhone', ['area', 'number'], 'phone'],
    ['workPhone', ['short', 'text', 'ext'], 'phone'],
    ['homePhone', ['text', 'text'], undefined],
    ['homePhone', ['area', 'ext'], undefined],
    ['mobile', ['area', 'number'], undefined],
    ['school', ['year', 'month'], undefined],
  ])('%s over %j → %s', (key, parts, kind) => {
    expect(splitKind(key, parts)).toBe(kind);
  });

  it.each<['yearMonth' | 'phone', string[], string]>([
    ['yearMonth', ['2012', '07'], '2012-07'],
    ['yearMonth', ['2012年', '7月'], '2012-07'],
    ['yearMonth', ['', ''], ''],
    ['yearMonth', ['2012', ''], '2012-'],
    ['phone', ['010', '12345678'], '010-12345678'],
    ['phone', ['0755', '1234567', '123'], '0755-1234567-123'],
    ['phone', ['', '12345678'], '12345678'],
  ])('%s boxes %j read as %s', (kind, values, joined) => {
    expect(joinSplit(kind, values)).toBe(joined);
  });

  it.each<['yearMonth' | 'phone', string, number, string[] | undefined]>([
    ['yearMonth', '2012-07', 2, ['2012', '07']],
    ['yearMonth', '2012-7', 2, ['2012', '07']],
    ['yearMonth', '2012年7月', 2, ['2012', '07']],
    ['yearMonth', '201207', 2, undefined],
    ['yearMonth', '', 2, ['', '']],
    ['phone', '010-12345678', 2, ['010', '12345678']],
    ['phone', '010-12345678', 3, ['010', '12345678', '']],
    ['phone', '12345678', 2, ['', '12345678']],
    ['phone', '0755-1234567-123', 2, undefined],
  ])('%s %s cut into %d boxes → %j', (kind, value, boxes, pieces) => {
    expect(cutSplit(kind, value, boxes)).toEqual(pieces);
  });
});

describe('either-or labels', () => {
  it.each([
    ['证件号码/报名号', [{ text: '证件号码', key: 'idNumber' }, { text: '报名号' }]],
    ['身份证号或护照号：', [{ text: '身份证号', key: 'idNumber' }, { text: '护照号' }]],
    [
      '手机或邮箱',
      [
        { text: '手机', key: 'mobile' },
        { text: '邮箱', key: 'email' },
      ],
    ],
    ['请输入证件号码/报名号', [{ text: '证件号码', key: 'idNumber' }, { text: '报名号' }]],
  ])('%s offers %j', (label, alternatives) => {
    expect(eitherOrLabel(label)).toEqual(alternatives);
  });

  it.each([
    // A label the catalogue knows whole, a gloss, one word, no alternative we know.
    '国籍/地区',
    '证件编号/IDNo.',
    '证件号码',
    '昵称或网名',
  ])('%s is no either-or label of ours', (label) => {
    expect(eitherOrLabel(label)).toBeUndefined();
  });

  const idOrApplication = eitherOrLabel('证件号码/报名号')!;
  const idOrPassport = eitherOrLabel('身份证号或护照号')!;
  const idOrUser = eitherOrLabel('证件号码或用户名')!;
  const mobileOrEmail = eitherOrLabel('手机或邮箱')!;

  it.each([
    [idOrApplication, '11010519900307451X', 'idNumber'],
    [idOrApplication, '１１０１０５１９９００３０７４５１Ｘ', 'idNumber'],
    [idOrPassport, '110101198506123029', 'idNumber'],
    [mobileOrEmail, '13800138000', 'mobile'],
    [mobileOrEmail, 'wang@example.com', 'email'],
  ])('%j with %s → %s', (alternatives, value, key) => {
    expect(decideByShape(value, alternatives, TODAY)).toEqual({ key });
  });

  it.each([
    // A registration number, a passport number: not one of our keys.
    [idOrApplication, '2025110012', /shape of neither/],
    [idOrPassport, 'E12345678', /shape of neither/],
    // A wrong check digit: not clearly an ID number.
    [idOrApplication, '110105199003074510', /shape of neither/],
    // A user name may be an ID number too.
    [idOrUser, '11010519900307451X', /either one/],
    // An alternative whose shape we do not know could be anything: it never lets the other win.
    [eitherOrLabel('姓名或昵称')!, '王洋', /either one/],
    [idOrApplication, '', /no value yet/],
  ])('%j with %s → left alone (%s)', (alternatives, value, reason) => {
    const decided = decideByShape(value, alternatives, TODAY);
    expect('reason' in decided && decided.reason.en).toMatch(reason);
  });
});
