// The known wrong answers of popular validators are right here.
import { describe, expect, it } from 'vitest';
import { checkField, makeContext, type Finding } from '../../../src/rules';
import { analyzeCnId, cnIdCheckChar } from '../../../src/rules/id-numbers';

const TODAY = new Date('2026-03-01T12:00:00');
const idFindings = (value: string, idType?: string): Finding[] =>
  checkField('idNumber', value, makeContext(idType ? { idType } : {}, { today: TODAY })).filter(
    (f) => f.ruleId.startsWith('R-ID-'),
  );
/** A number with the right check character for its first 17 digits. */
const withCheck = (first17: string) => first17 + cnIdCheckChar(first17);

describe('身份证: what popular validators get wrong', () => {
  it('refuses the 15-digit number, saying why', () => {
    const f = idFindings('610104620927690', '居民身份证');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message.zh).toContain('15 位');
    expect(f[0]!.message.en).toContain('15-digit');
  });

  it.each([
    ['Feb 29 of a common year', withCheck('11010219930229002')],
    ['Feb 30', withCheck('11010219920230002')],
    ['Feb 31', withCheck('11010219920231002')],
    ['month 13', withCheck('11010219921301002')],
    ['month 00', withCheck('11010219920001002')],
    ['day 32', withCheck('11010219920132002')],
  ])('catches %s even with a correct check character', (_name, id) => {
    const f = idFindings(id, '居民身份证');
    expect(f.map((x) => x.message.zh).join()).toContain('出生日期');
    expect(f.some((x) => x.message.zh.includes('校验码'))).toBe(false);
  });

  it('accepts Feb 29 of a leap year', () => {
    expect(idFindings(withCheck('11010219920229002'), '居民身份证')).toEqual([]);
    expect(idFindings(withCheck('11010220000229002'), '居民身份证')).toEqual([]);
  });

  it('accepts the 830000… / 810000… / 820000… 居住证 numbers', () => {
    for (const id of ['830000199201300022', '810000199408230021', withCheck('82000019900101002')]) {
      expect(idFindings(id, '港澳台居民居住证')).toEqual([]);
      expect(idFindings(id)).toEqual([]);
    }
  });

  it('accepts a number whose county code was abolished (province exists)', () => {
    // 110103 (北京市崇文区, merged into 东城区 in 2010) and 320102 (南京市玄武区's old code).
    for (const first17 of ['11010319800101001', '32010219750505123', '43302219880808456']) {
      const id = withCheck(first17);
      expect(idFindings(id, '居民身份证')).toEqual([]);
    }
  });

  it('refuses a number whose province does not exist', () => {
    const f = idFindings(withCheck('91010219800101001'), '居民身份证');
    expect(f.map((x) => x.message.zh).join()).toContain('省份');
  });

  it('refuses a birth date in the future', () => {
    const f = idFindings(withCheck('11010220300101001'), '居民身份证');
    expect(f.map((x) => x.message.zh).join()).toContain('将来');
  });

  it('says which check character the first 17 digits need', () => {
    const f = idFindings('360426199101010072', '居民身份证');
    expect(f[0]!.message.zh).toContain('应为「1」');
    expect(f[0]!.message.en).toContain('"1"');
    expect(analyzeCnId('36042619910101007' + '1', TODAY).problems).toEqual([]);
  });

  it('says the length when it is wrong', () => {
    expect(idFindings('1101021991010100', '居民身份证')[0]!.message.zh).toContain('16 位');
  });
});
