// The pure matcher (src/rules/matcher.ts): label text → catalogue keys, in Node
// without any DOM. Table tests: what a person reads next to a field, and the key.
import { describe, expect, it } from 'vitest';
import {
  filterByGroup,
  headingGroup,
  isFileButtonText,
  isGenericLabel,
  isHintText,
  isLetterless,
  matchLabel,
  matchLabelText,
  matchPlatformName,
  parsePlatformId,
} from '../../../src/rules/matcher';

describe('matchLabel', () => {
  it.each([
    ['证件编号', ['idNumber']],
    ['*证件编号：', ['idNumber']],
    ['1. 证件编号', ['idNumber']],
    ['证件编号(18位)', ['idNumber']],
    ['证件号码 ID No.', ['idNumber']],
    ['IDNo./证件号码', ['idNumber']],
    ['请输入您的手机号码', ['mobile']],
    ['本人手机号码', ['mobile']],
    ['手机号码[?]', ['mobile']],
    ['毕业证书编号', ['diplomaNumber']],
  ])('%s → %j', (text, keys) => {
    expect(matchLabel(text)).toEqual(keys);
  });

  it.each(['备注', '考生类别', '证件号码/报名号', '', '请输入', 'x'.repeat(50)])(
    'leaves %j alone',
    (text) => {
      expect(matchLabel(text)).toBeUndefined();
    },
  );

  it('gives several keys for a row word shared by groups, which the group then decides', () => {
    const keys = matchLabel('选择')!;
    expect(keys.length).toBeGreaterThan(1);
    expect(filterByGroup(keys, 'education')).toEqual(['educationSelected']);
    expect(filterByGroup(keys, 'training')).toEqual(['trainingSelected']);
    expect(filterByGroup(keys, undefined)).toEqual(keys);
  });

  it('marks short shared row words as generic (they need evidence of their group)', () => {
    expect(isGenericLabel(matchLabelText('类别')!.text)).toBe(true);
    expect(isGenericLabel(matchLabelText('毕业证书编号')!.text)).toBe(false);
  });
});

describe('platform naming and headings', () => {
  it.each([
    ['Edit:SP_Edu.1$Diploma_No', { table: 'SP_Edu', row: 1, suffix: 'Diploma_No' }],
    ['SP_User$Name', { suffix: 'Name' }],
    ['plain', undefined],
  ])('parsePlatformId(%s)', (id, parsed) => {
    expect(parsePlatformId(id)).toEqual(parsed);
  });

  it('reads the key and the group from the platform id, never from another system`s naming', () => {
    expect(matchPlatformName('Edit:SP_User.0$Certificate_No', '')).toEqual({
      keys: ['idNumber'],
      group: undefined,
    });
    expect(matchPlatformName('Edit:SP_Edu.2$Diploma_No', '')).toEqual({
      keys: ['diplomaNumber'],
      group: 'education',
    });
    expect(matchPlatformName('', 'ctl00$Main$Certificate_No')).toEqual({});
    expect(matchPlatformName('f_17', 'f_17')).toEqual({});
  });

  it.each([
    ['教育经历', 'education'],
    ['③ 证书情况 ＋添加', 'certificates'],
    ['培训经历', 'training'],
    ['联系方式', 'contact'],
    ['常见问题解答与说明', undefined],
    // One heading over two groups (step ④) names neither: the rows decide.
    ['④ 教育及培训', undefined],
    ['教育经历及培训经历', undefined],
    ['学历及培训信息', undefined],
  ])('heading %s → %s', (text, group) => {
    expect(headingGroup(text)).toBe(group);
  });

  it('tells hints, letterless text and file buttons from labels', () => {
    expect(isHintText('请填写18位号码')).toBe(true);
    expect(isHintText('证件编号')).toBe(false);
    expect(isLetterless('+86')).toBe(true);
    expect(isLetterless('手机')).toBe(false);
    expect(isFileButtonText('浏览…')).toBe(true);
    expect(isFileButtonText('照片')).toBe(false);
  });
});
