// Table of pass/fail cases for every rule id. Each case checks one field value
// in a context, and asserts what the candidate would see from that rule:
// nothing ('pass'), or a finding of the given severity (with its fix and text).
import {
  checkField,
  makeContext,
  RULE_SETS,
  type CheckContext,
  type RuleId,
  type RuleSetId,
  type Values,
} from '../../../src/rules';

export const TODAY = new Date('2026-03-01T12:00:00');

export interface Case {
  rule: RuleId;
  field: string;
  value: string;
  values?: Values;
  row?: Values;
  rows?: CheckContext['rows'];
  ruleSet?: RuleSetId;
  expect: 'pass' | 'error' | 'warning';
  /** The one-click fix the finding must offer. */
  fix?: string;
  /** A piece of the Chinese message the candidate must read. */
  says?: string;
}

const CN = { idType: '居民身份证' };
const PASSPORT = { idType: '外籍护照' };

// docs/spec/platform-rules.md §3 sample values.
export const SAMPLE_PASS_CN = ['110102199101010078', '44011320141005001X', '120103198806018241'];
export const SAMPLE_PASS_PERMIT = ['810000199408230021', '830000199201300022'];

export const CASES: Case[] = [
  // R-HALFWIDTH
  {
    rule: 'R-HALFWIDTH',
    field: 'idNumber',
    value: '１１０１０２１９９１０１０１００７８',
    expect: 'error',
    fix: '110102199101010078',
  },
  {
    rule: 'R-HALFWIDTH',
    field: 'address',
    value: '北京市东城区东四路１号',
    expect: 'error',
    fix: '北京市东城区东四路1号',
    says: '全角',
  },
  {
    rule: 'R-HALFWIDTH',
    field: 'school',
    value: '北京大学（医学部）',
    expect: 'warning',
    fix: '北京大学(医学部)',
    says: '下拉列表',
  },
  {
    rule: 'R-HALFWIDTH',
    field: 'homePhone',
    value: '010－12345678',
    expect: 'error',
    fix: '010-12345678',
  },
  {
    rule: 'R-HALFWIDTH',
    field: 'address',
    value: '北京市，东城区。',
    expect: 'error',
    fix: '北京市,东城区.',
  },
  { rule: 'R-HALFWIDTH', field: 'name', value: '张\u3000三', expect: 'error', fix: '张 三' },
  {
    rule: 'R-HALFWIDTH',
    field: 'name',
    value: '阿依古丽．买买提',
    values: CN,
    expect: 'error',
    fix: '阿依古丽.买买提',
  },
  {
    rule: 'R-HALFWIDTH',
    field: 'email',
    value: 'ＡＢＣ@example.com',
    expect: 'error',
    fix: 'ABC@example.com',
  },
  { rule: 'R-HALFWIDTH', field: 'address', value: '北京市东城区东四路1号', expect: 'pass' },
  { rule: 'R-HALFWIDTH', field: 'idType', value: '居民身份证（临时）', expect: 'pass' }, // a select: not typed by hand

  // R-YEARMONTH
  { rule: 'R-YEARMONTH', field: 'graduationDate', value: '2009-06', expect: 'pass' },
  {
    rule: 'R-YEARMONTH',
    field: 'graduationDate',
    value: '2009.6',
    expect: 'error',
    fix: '2009-06',
  },
  {
    rule: 'R-YEARMONTH',
    field: 'graduationDate',
    value: '2009/06',
    expect: 'error',
    fix: '2009-06',
  },
  {
    rule: 'R-YEARMONTH',
    field: 'certificateIssueDate',
    value: '200906',
    expect: 'error',
    fix: '2009-06',
  },
  { rule: 'R-YEARMONTH', field: 'titleDate', value: '2009年6月', expect: 'error', fix: '2009-06' },
  // One mistake, one finding: full-width digits are R-HALFWIDTH's, and 2009-06 is a right month.
  { rule: 'R-YEARMONTH', field: 'registrationDate', value: '２００９－０６', expect: 'pass' },
  {
    rule: 'R-HALFWIDTH',
    field: 'registrationDate',
    value: '２００９－０６',
    expect: 'error',
    fix: '2009-06',
  },
  { rule: 'R-PHONE-FIXED', field: 'homePhone', value: '０１０－１２３４５６７８', expect: 'pass' },
  {
    rule: 'R-HALFWIDTH',
    field: 'homePhone',
    value: '０１０－１２３４５６７８',
    expect: 'error',
    fix: '010-12345678',
  },
  {
    rule: 'R-YEARMONTH',
    field: 'trainingStart',
    value: '2009-13',
    expect: 'error',
    says: '01 到 12',
  },
  { rule: 'R-YEARMONTH', field: 'trainingStart', value: '2009年13月', expect: 'error' },
  {
    rule: 'R-YEARMONTH',
    field: 'assistQualificationDate',
    value: 'June 2009',
    expect: 'error',
    says: 'YYYY-MM',
  },
  {
    rule: 'R-YEARMONTH',
    field: 'certificateIssueDate',
    value: '2027-01',
    expect: 'error',
    says: '将来',
  },
  { rule: 'R-YEARMONTH', field: 'certificateIssueDate', value: '2026-03', expect: 'pass' },
  {
    rule: 'R-YEARMONTH',
    field: 'graduationDate',
    value: '2026-07',
    values: { onDutyStatus: '当年毕业研究生' },
    row: { educationLevel: '硕士研究生' },
    expect: 'pass',
  },
  {
    rule: 'R-YEARMONTH',
    field: 'graduationDate',
    value: '2026-07',
    values: { onDutyStatus: '在职' },
    row: { educationLevel: '本科' },
    expect: 'error',
  },
  {
    rule: 'R-YEARMONTH',
    field: 'graduationDate',
    value: '2026-07',
    row: { educationLevel: '硕士研究生' },
    expect: 'warning',
  },
  { rule: 'R-YEARMONTH', field: 'graduationDate', value: '', expect: 'pass' },
  {
    rule: 'R-YEARMONTH',
    field: 'trainingEnd',
    value: '2027-08',
    row: { trainingStart: '2024-09' },
    expect: 'pass',
  }, // training under way
  {
    rule: 'R-YEARMONTH',
    field: 'trainingEnd',
    value: '2023-08',
    row: { trainingStart: '2024-09' },
    expect: 'error',
    says: '早于',
  },

  // R-NOPUNCT
  { rule: 'R-NOPUNCT', field: 'diplomaNumber', value: '104765201605701784', expect: 'pass' },
  {
    rule: 'R-NOPUNCT',
    field: 'diplomaNumber',
    value: '10476-5201605701784',
    expect: 'error',
    says: '「-」',
  },
  {
    rule: 'R-NOPUNCT',
    field: 'idNumber',
    value: '110102 199101010078',
    values: CN,
    expect: 'error',
    says: '空格',
  },
  {
    rule: 'R-NOPUNCT',
    field: 'workUnit',
    value: '北京大学第一医院(北大医院)',
    expect: 'warning',
    says: '下拉列表',
  },
  { rule: 'R-NOPUNCT', field: 'workUnit', value: '北京大学 第一医院', expect: 'warning' },
  { rule: 'R-NOPUNCT', field: 'workUnit', value: '北京大学第一医院', expect: 'pass' },
  { rule: 'R-NOPUNCT', field: 'registrationNumber', value: '110110000012345.', expect: 'error' },
  {
    rule: 'R-NOPUNCT',
    field: 'idNumber',
    value: 'A123456(3)',
    values: { idType: '香港身份证' },
    expect: 'pass',
  }, // R-ID-HK fixes the brackets

  // R-NAME-CN
  { rule: 'R-NAME-CN', field: 'name', value: '张三', values: CN, expect: 'pass' },
  { rule: 'R-NAME-CN', field: 'name', value: '阿依古丽.买买提', values: CN, expect: 'pass' },
  { rule: 'R-NAME-CN', field: 'name', value: '王?明', values: CN, expect: 'pass' },
  {
    rule: 'R-NAME-CN',
    field: 'name',
    value: '阿依古丽·买买提',
    values: CN,
    expect: 'error',
    fix: '阿依古丽.买买提',
  },
  {
    rule: 'R-NAME-CN',
    field: 'name',
    value: '阿依古丽•买买提',
    values: CN,
    expect: 'error',
    fix: '阿依古丽.买买提',
  },
  { rule: 'R-NAME-CN', field: 'name', value: '张 三', values: CN, expect: 'error', says: '空格' },
  {
    rule: 'R-NAME-CN',
    field: 'name',
    value: 'Zhang San',
    values: CN,
    expect: 'error',
    says: '字母',
  },
  { rule: 'R-NAME-CN', field: 'name', value: '张三2', values: CN, expect: 'error', says: '数字' },
  {
    rule: 'R-NAME-CN',
    field: 'name',
    value: '张'.repeat(29),
    values: CN,
    expect: 'error',
    says: '28',
  },
  { rule: 'R-NAME-CN', field: 'name', value: '.张三', values: CN, expect: 'error' },
  // unknown ID type, Chinese name: judged as mainland
  { rule: 'R-NAME-CN', field: 'name', value: '张三,', expect: 'error' },
  { rule: 'R-NAME-CN', field: 'name', value: 'John Smith', expect: 'pass' }, // unknown ID type: no false error
  {
    rule: 'R-NAME-CN',
    field: 'name',
    value: '陳大文',
    values: { idType: '香港身份证' },
    expect: 'pass',
  },

  // R-NAME-INTL
  {
    rule: 'R-NAME-INTL',
    field: 'name',
    value: 'Chan Tai Man',
    values: { idType: '香港身份证' },
    expect: 'pass',
  },
  { rule: 'R-NAME-INTL', field: 'name', value: 'John Smith', values: PASSPORT, expect: 'pass' },
  {
    rule: 'R-NAME-INTL',
    field: 'name',
    value: 'JOHN SMITH',
    values: PASSPORT,
    expect: 'error',
    says: '小写',
  },
  { rule: 'R-NAME-INTL', field: 'name', value: 'JOHN SMITH', expect: 'error' },
  {
    rule: 'R-NAME-INTL',
    field: 'name',
    value: 'Abcdefghij Klmnopqrst Uvwxyzabcd',
    values: PASSPORT,
    expect: 'error',
    says: '28',
  },
  { rule: 'R-NAME-INTL', field: 'name', value: 'JOHN SMITH', values: CN, expect: 'pass' }, // mainland: R-NAME-CN's

  // R-IDTYPE
  { rule: 'R-IDTYPE', field: 'idType', value: '居民身份证', expect: 'pass' },
  { rule: 'R-IDTYPE', field: 'idType', value: '香港往来大陆通行证', expect: 'pass' },
  {
    rule: 'R-IDTYPE',
    field: 'idType',
    value: '港澳台居民居住证',
    ruleSet: 'notice-2022',
    expect: 'pass',
  },
  {
    rule: 'R-IDTYPE',
    field: 'idType',
    value: '港澳台居民居住证',
    ruleSet: 'guide-2014',
    expect: 'warning',
    says: '规则',
  },
  { rule: 'R-IDTYPE', field: 'idType', value: '驾驶证', expect: 'warning' },
  { rule: 'R-IDTYPE', field: 'idType', value: '请选择', expect: 'pass' },
  {
    rule: 'R-IDTYPE',
    field: 'idType',
    value: '居民身份证',
    values: { idNumber: 'A123456789' },
    expect: 'warning',
    says: '台湾身份证',
  },
  {
    rule: 'R-IDTYPE',
    field: 'idType',
    value: '外籍护照',
    values: { idNumber: '110102199101010078' },
    expect: 'warning',
    says: '居民身份证',
  },
  {
    rule: 'R-IDTYPE',
    field: 'idType',
    value: '台湾身份证',
    values: { idNumber: 'A123456789' },
    expect: 'pass',
  },
  {
    rule: 'R-IDTYPE',
    field: 'idType',
    value: '外籍护照',
    values: { idNumber: 'E12345678' },
    expect: 'pass',
  },
  {
    rule: 'R-IDTYPE',
    field: 'idType',
    value: '居民身份证',
    values: { idNumber: '360426199101010072' },
    expect: 'pass',
  }, // a mistyped ID is R-ID-CN's

  // R-ID-CN (docs/spec/platform-rules.md §3, and the known wrong answers of popular validators)
  ...SAMPLE_PASS_CN.map((value): Case => ({
    rule: 'R-ID-CN',
    field: 'idNumber',
    value,
    values: CN,
    expect: 'pass',
  })),
  ...SAMPLE_PASS_CN.map((value): Case => ({
    rule: 'R-ID-CN',
    field: 'idNumber',
    value,
    expect: 'pass',
  })),
  {
    rule: 'R-ID-CN',
    field: 'idNumber',
    value: '360426199101010072',
    values: CN,
    expect: 'error',
    says: '应为「1」',
  },
  {
    rule: 'R-ID-CN',
    field: 'idNumber',
    value: '360426199113010079',
    values: CN,
    expect: 'error',
    says: '出生日期',
  },
  {
    rule: 'R-ID-CN',
    field: 'idNumber',
    value: '520323197802318856',
    values: CN,
    expect: 'error',
    says: '19780231',
  },
  {
    rule: 'R-ID-CN',
    field: 'idNumber',
    value: '610104620927690',
    values: CN,
    expect: 'error',
    says: '15 位',
  },
  { rule: 'R-ID-CN', field: 'idNumber', value: '610104620927690', expect: 'error', says: '15 位' },
  {
    rule: 'R-ID-CN',
    field: 'idNumber',
    value: '44011320141005001x',
    values: CN,
    expect: 'error',
    fix: '44011320141005001X',
  },
  {
    rule: 'R-ID-CN',
    field: 'idNumber',
    value: '11010219910101007',
    values: CN,
    expect: 'error',
    says: '17 位',
  },
  {
    rule: 'R-ID-CN',
    field: 'idNumber',
    value: '1101021991010100789',
    values: CN,
    expect: 'error',
    says: '19 位',
  },
  {
    rule: 'R-ID-CN',
    field: 'idNumber',
    value: '99010219910101007X',
    values: CN,
    expect: 'error',
    says: '省份',
  },
  {
    rule: 'R-ID-CN',
    field: 'idNumber',
    value: '11010220300101007X',
    values: CN,
    expect: 'error',
    says: '将来',
  },
  {
    rule: 'R-ID-CN',
    field: 'idNumber',
    value: '11010219910101007A',
    values: CN,
    expect: 'error',
    says: '数字',
  },
  { rule: 'R-ID-CN', field: 'idNumber', value: 'E12345678', values: CN, expect: 'error' },
  {
    rule: 'R-ID-CN',
    field: 'idNumber',
    value: '南字第123456号',
    values: { idType: '军官证' },
    expect: 'pass',
  },
  {
    rule: 'R-ID-CN',
    field: 'idNumber',
    value: '810000199408230021',
    values: CN,
    ruleSet: 'notice-2022',
    expect: 'warning',
    says: '港澳台居民居住证',
  },
  {
    rule: 'R-ID-CN',
    field: 'idNumber',
    value: '360426199101010072',
    values: { idType: '请选择' },
    expect: 'error',
  }, // nothing chosen: the shape decides

  // R-ID-PERMIT
  ...SAMPLE_PASS_PERMIT.map((value): Case => ({
    rule: 'R-ID-PERMIT',
    field: 'idNumber',
    value,
    values: { idType: '港澳台居民居住证' },
    expect: 'pass',
  })),
  ...SAMPLE_PASS_PERMIT.map((value): Case => ({
    rule: 'R-ID-PERMIT',
    field: 'idNumber',
    value,
    expect: 'pass',
  })),
  {
    rule: 'R-ID-PERMIT',
    field: 'idNumber',
    value: '110102199101010078',
    values: { idType: '港澳台居民居住证' },
    expect: 'error',
    says: '830000',
  },
  {
    rule: 'R-ID-PERMIT',
    field: 'idNumber',
    value: '830000199201300023',
    values: { idType: '港澳台居民居住证' },
    expect: 'error',
    says: '校验码',
  },
  {
    rule: 'R-ID-PERMIT',
    field: 'idNumber',
    value: '830000199202300022',
    expect: 'error',
    says: '出生日期',
  },

  // R-ID-TW
  {
    rule: 'R-ID-TW',
    field: 'idNumber',
    value: 'A123456789',
    values: { idType: '台湾身份证' },
    expect: 'pass',
  },
  {
    rule: 'R-ID-TW',
    field: 'idNumber',
    value: 'B176944193',
    values: { idType: '台湾身份证' },
    expect: 'pass',
  },
  {
    rule: 'R-ID-TW',
    field: 'idNumber',
    value: 'A123456788',
    values: { idType: '台湾身份证' },
    expect: 'error',
    says: '校验码',
  },
  {
    rule: 'R-ID-TW',
    field: 'idNumber',
    value: 'A12345678',
    values: { idType: '台湾身份证' },
    expect: 'error',
    says: '10 位',
  },
  {
    rule: 'R-ID-TW',
    field: 'idNumber',
    value: 'A323456789',
    values: { idType: '台湾身份证' },
    expect: 'error',
  },
  {
    rule: 'R-ID-TW',
    field: 'idNumber',
    value: 'a123456789',
    values: { idType: '台湾身份证' },
    expect: 'error',
    fix: 'A123456789',
  },

  // R-ID-TWPERMIT
  {
    rule: 'R-ID-TWPERMIT',
    field: 'idNumber',
    value: '1234567801',
    values: { idType: '台湾往来大陆通行证' },
    expect: 'pass',
  },
  {
    rule: 'R-ID-TWPERMIT',
    field: 'idNumber',
    value: '12345678',
    values: { idType: '台湾居民来往大陆通行证' },
    expect: 'warning',
    says: '10 位',
  },
  {
    rule: 'R-ID-TWPERMIT',
    field: 'idNumber',
    value: '123456',
    values: { idType: '台湾往来大陆通行证' },
    expect: 'error',
  },
  {
    rule: 'R-ID-TWPERMIT',
    field: 'hkmotwPermit',
    value: '1234567',
    values: { idType: '台湾身份证' },
    expect: 'error',
  },
  {
    rule: 'R-ID-TWPERMIT',
    field: 'hkmotwPermit',
    value: '1234567801',
    values: { idType: '台湾身份证' },
    expect: 'pass',
  },

  // R-ID-HKMOPERMIT
  {
    rule: 'R-ID-HKMOPERMIT',
    field: 'idNumber',
    value: 'H3203117707',
    values: { idType: '港澳居民来往内地通行证' },
    expect: 'pass',
  },
  {
    rule: 'R-ID-HKMOPERMIT',
    field: 'idNumber',
    value: 'M32031177',
    values: { idType: '澳门往来大陆通行证' },
    expect: 'pass',
  },
  {
    rule: 'R-ID-HKMOPERMIT',
    field: 'idNumber',
    value: 'h3203117707',
    values: { idType: '香港往来大陆通行证' },
    expect: 'error',
    fix: 'H3203117707',
  },
  {
    rule: 'R-ID-HKMOPERMIT',
    field: 'idNumber',
    value: 'H320311770',
    values: { idType: '香港往来大陆通行证' },
    expect: 'error',
    says: '11 位',
  },
  {
    rule: 'R-ID-HKMOPERMIT',
    field: 'hkmotwPermit',
    value: 'H3203117707',
    values: { idType: '香港身份证' },
    expect: 'pass',
  },
  {
    rule: 'R-ID-HKMOPERMIT',
    field: 'hkmotwPermit',
    value: 'H32031',
    values: { idType: '香港身份证' },
    expect: 'error',
  },

  // R-ID-HK
  {
    rule: 'R-ID-HK',
    field: 'idNumber',
    value: 'G123456A',
    values: { idType: '香港身份证' },
    expect: 'pass',
  },
  {
    rule: 'R-ID-HK',
    field: 'idNumber',
    value: 'A1234563',
    values: { idType: '香港身份证' },
    expect: 'pass',
  },
  {
    rule: 'R-ID-HK',
    field: 'idNumber',
    value: 'AB9876543',
    values: { idType: '香港身份证' },
    expect: 'pass',
  },
  {
    rule: 'R-ID-HK',
    field: 'idNumber',
    value: 'C5678908',
    values: { idType: '香港身份证' },
    expect: 'error',
    says: '校验码',
  },
  {
    rule: 'R-ID-HK',
    field: 'idNumber',
    value: 'A123456(3)',
    values: { idType: '香港身份证' },
    expect: 'error',
    fix: 'A1234563',
  },
  {
    rule: 'R-ID-HK',
    field: 'idNumber',
    value: 'A12345',
    values: { idType: '香港身份证' },
    expect: 'error',
    says: '8 或 9 位',
  },

  // R-ID-MO
  {
    rule: 'R-ID-MO',
    field: 'idNumber',
    value: '56866111',
    values: { idType: '澳门身份证' },
    expect: 'pass',
  },
  {
    rule: 'R-ID-MO',
    field: 'idNumber',
    value: '5686611(1)',
    values: { idType: '澳门身份证' },
    expect: 'error',
    fix: '56866111',
  },
  {
    rule: 'R-ID-MO',
    field: 'idNumber',
    value: '5/686611/1',
    values: { idType: '澳门身份证' },
    expect: 'error',
    fix: '56866111',
  },
  {
    rule: 'R-ID-MO',
    field: 'idNumber',
    value: '26866111',
    values: { idType: '澳门身份证' },
    expect: 'error',
    says: '1、5 或 7',
  },

  // R-ID-PASSPORT
  {
    rule: 'R-ID-PASSPORT',
    field: 'idNumber',
    value: 'E12345678',
    values: PASSPORT,
    expect: 'pass',
  },
  {
    rule: 'R-ID-PASSPORT',
    field: 'idNumber',
    value: 'E1234',
    values: PASSPORT,
    expect: 'error',
    says: '6 位',
  },
  {
    rule: 'R-ID-PASSPORT',
    field: 'idNumber',
    value: 'E-123456',
    values: PASSPORT,
    expect: 'error',
  },

  // R-SEX-FROM-ID (digit 17 of 110102199101010078 is 7: male; of 120103198806018241 is 4: female)
  {
    rule: 'R-SEX-FROM-ID',
    field: 'sex',
    value: '男',
    values: { ...CN, idNumber: '110102199101010078' },
    expect: 'pass',
  },
  {
    rule: 'R-SEX-FROM-ID',
    field: 'sex',
    value: '女',
    values: { ...CN, idNumber: '110102199101010078' },
    expect: 'error',
    fix: '男',
  },
  {
    rule: 'R-SEX-FROM-ID',
    field: 'sex',
    value: '男',
    values: { ...CN, idNumber: '120103198806018241' },
    expect: 'error',
    fix: '女',
  },
  { rule: 'R-SEX-FROM-ID', field: 'sex', value: '女', values: { ...CN }, expect: 'pass' }, // ID unknown
  {
    rule: 'R-SEX-FROM-ID',
    field: 'sex',
    value: '女',
    values: { ...CN, idNumber: '360426199101010072' },
    expect: 'pass',
  }, // bad check: not trusted
  {
    rule: 'R-SEX-FROM-ID',
    field: 'sex',
    value: '女',
    values: { ...PASSPORT, idNumber: 'E12345678' },
    expect: 'pass',
  },

  // R-BIRTH-FROM-ID
  {
    rule: 'R-BIRTH-FROM-ID',
    field: 'birthDate',
    value: '1991-01-01',
    values: { ...CN, idNumber: '110102199101010078' },
    expect: 'pass',
  },
  {
    rule: 'R-BIRTH-FROM-ID',
    field: 'birthDate',
    value: '1991-01-02',
    values: { ...CN, idNumber: '110102199101010078' },
    expect: 'error',
    fix: '1991-01-01',
  },
  {
    rule: 'R-BIRTH-FROM-ID',
    field: 'birthDate',
    value: '1992-01-30',
    values: { idType: '港澳台居民居住证', idNumber: '830000199201300022' },
    expect: 'pass',
  },
  {
    rule: 'R-BIRTH-FROM-ID',
    field: 'birthDate',
    value: '1990-05-05',
    values: { idType: '港澳台居民居住证', idNumber: '830000199201300022' },
    expect: 'error',
    says: '1992-01-30',
  },
  {
    rule: 'R-BIRTH-FROM-ID',
    field: 'birthDate',
    value: '1990-05-05',
    values: { ...PASSPORT, idNumber: 'E12345678' },
    expect: 'pass',
  },

  // R-AGE (today: 2026-03-01)
  { rule: 'R-AGE', field: 'idNumber', value: '110102199101010078', values: CN, expect: 'pass' },
  {
    rule: 'R-AGE',
    field: 'idNumber',
    value: '44011320141005001X',
    values: CN,
    expect: 'error',
    says: '18',
  },
  { rule: 'R-AGE', field: 'birthDate', value: '2008-03-01', values: PASSPORT, expect: 'pass' },
  {
    rule: 'R-AGE',
    field: 'birthDate',
    value: '2008-03-02',
    values: PASSPORT,
    expect: 'error',
    says: '17 岁',
  },
  { rule: 'R-AGE', field: 'birthDate', value: '1950-03-02', values: PASSPORT, expect: 'pass' },
  {
    rule: 'R-AGE',
    field: 'birthDate',
    value: '1950-03-01',
    values: PASSPORT,
    expect: 'error',
    says: '76 岁',
  },
  {
    rule: 'R-AGE',
    field: 'birthDate',
    value: '1990-02-30',
    values: PASSPORT,
    expect: 'error',
    says: 'YYYY-MM-DD',
  },

  // R-ETHNIC-PASSPORT
  {
    rule: 'R-ETHNIC-PASSPORT',
    field: 'ethnicity',
    value: '其它',
    values: PASSPORT,
    expect: 'pass',
  },
  {
    rule: 'R-ETHNIC-PASSPORT',
    field: 'ethnicity',
    value: '汉族',
    values: PASSPORT,
    expect: 'error',
    fix: '其它',
  },
  { rule: 'R-ETHNIC-PASSPORT', field: 'ethnicity', value: '汉族', values: CN, expect: 'pass' },
  { rule: 'R-ETHNIC-PASSPORT', field: 'ethnicity', value: '汉族', expect: 'pass' },

  // R-PASSWORD: lengths from the rule set
  { rule: 'R-PASSWORD', field: 'password', value: 'abc12', ruleSet: 'guide-2014', expect: 'pass' },
  {
    rule: 'R-PASSWORD',
    field: 'password',
    value: 'abc12',
    ruleSet: 'notice-2022',
    expect: 'error',
    says: '8 到 20',
  },
  {
    rule: 'R-PASSWORD',
    field: 'password',
    value: 'abcdefgh12345',
    ruleSet: 'guide-2014',
    expect: 'error',
    says: '5 到 12',
  },
  {
    rule: 'R-PASSWORD',
    field: 'password',
    value: 'abcdefgh12345',
    ruleSet: 'notice-2022',
    expect: 'pass',
  },
  { rule: 'R-PASSWORD', field: 'password', value: 'abc_123', expect: 'error', says: '字母和数字' },
  {
    rule: 'R-PASSWORD',
    field: 'passwordConfirm',
    value: 'abc123',
    values: { password: 'abc124' },
    expect: 'error',
    says: '不一致',
  },
  {
    rule: 'R-PASSWORD',
    field: 'passwordConfirm',
    value: 'abc123',
    values: { password: 'abc123' },
    expect: 'pass',
  },

  // R-RECOVERY-ANSWER
  { rule: 'R-RECOVERY-ANSWER', field: 'recoveryAnswer', value: '北京协和', expect: 'pass' },
  {
    rule: 'R-RECOVERY-ANSWER',
    field: 'recoveryAnswer',
    value: 'abc',
    expect: 'error',
    says: '4 到 30',
  },
  { rule: 'R-RECOVERY-ANSWER', field: 'recoveryAnswer', value: 'a'.repeat(31), expect: 'error' },

  // R-PHONE-FIXED
  { rule: 'R-PHONE-FIXED', field: 'homePhone', value: '010-62345678', expect: 'pass' },
  { rule: 'R-PHONE-FIXED', field: 'homePhone', value: '010-12345678', expect: 'warning' },
  { rule: 'R-PHONE-FIXED', field: 'workPhone', value: '0755-2345678-123', expect: 'pass' },
  {
    rule: 'R-PHONE-FIXED',
    field: 'homePhone',
    value: '01012345678',
    expect: 'error',
    says: '区号-号码',
  },
  {
    rule: 'R-PHONE-FIXED',
    field: 'homePhone',
    value: '13912345678',
    expect: 'error',
    says: '手机',
  },
  { rule: 'R-PHONE-FIXED', field: 'homePhone', value: '(010)12345678', expect: 'error' },
  { rule: 'R-PHONE-FIXED', field: 'workPhone', value: '10-12345678', expect: 'error' },
  { rule: 'R-PHONE-FIXED', field: 'workPhone', value: '852-123456', expect: 'warning' },

  // R-MOBILE
  { rule: 'R-MOBILE', field: 'mobile', value: '13912345678', values: CN, expect: 'pass' },
  {
    rule: 'R-MOBILE',
    field: 'mobile',
    value: '12912345678',
    values: CN,
    expect: 'error',
    says: '11 位',
  },
  { rule: 'R-MOBILE', field: 'mobile', value: '1391234567', values: CN, expect: 'error' },
  {
    rule: 'R-MOBILE',
    field: 'mobile',
    value: '91234567',
    values: { idType: '香港身份证' },
    expect: 'pass',
  },
  {
    rule: 'R-MOBILE',
    field: 'mobile',
    value: '91234',
    values: { idType: '香港身份证' },
    expect: 'error',
    says: '6 到 11',
  },
  {
    rule: 'R-MOBILE',
    field: 'mobile',
    value: '091234567',
    values: { idType: '香港身份证' },
    expect: 'error',
    says: '0',
  },
  { rule: 'R-MOBILE', field: 'mobile', value: '91234567', expect: 'pass' }, // unknown: the non-mainland reading passes
  { rule: 'R-MOBILE', field: 'mobile', value: '139123456789', expect: 'error' },
  { rule: 'R-MOBILE', field: 'mobile', value: '139-1234-5678', expect: 'error', says: '数字' },

  // R-EMAIL
  { rule: 'R-EMAIL', field: 'email', value: 'zhang.san@example.com', expect: 'pass' },
  { rule: 'R-EMAIL', field: 'email', value: 'a@b.cn', expect: 'pass' },
  { rule: 'R-EMAIL', field: 'email', value: 'zhangsan@', expect: 'error' },
  { rule: 'R-EMAIL', field: 'email', value: 'zhang san@example.com', expect: 'error' },
  { rule: 'R-EMAIL', field: 'email', value: 'a@b', expect: 'error', says: '5 到 60' },
  {
    rule: 'R-EMAIL',
    field: 'email',
    value: `${'a'.repeat(55)}@example.com`,
    expect: 'error',
    says: '5 到 60',
  },
  { rule: 'R-EMAIL', field: 'email', value: 'zhang..san@example.com', expect: 'error' },

  // R-ADDRESS
  { rule: 'R-ADDRESS', field: 'address', value: '北京市东城区东四街道东四路1号', expect: 'pass' },
  {
    rule: 'R-ADDRESS',
    field: 'address',
    value: '北京市东城区东四街道东四路1号院3号楼2单元501室一二三四五六',
    expect: 'error',
    says: '30',
  },
  { rule: 'R-ADDRESS', field: 'address', value: '东四路', expect: 'warning', says: '省、市' },

  // R-POSTCODE
  { rule: 'R-POSTCODE', field: 'postcode', value: '100010', values: CN, expect: 'pass' },
  {
    rule: 'R-POSTCODE',
    field: 'postcode',
    value: '10001',
    values: CN,
    expect: 'error',
    says: '6 位',
  },
  {
    rule: 'R-POSTCODE',
    field: 'postcode',
    value: '999',
    values: { idType: '澳门身份证' },
    expect: 'pass',
  },
  {
    rule: 'R-POSTCODE',
    field: 'postcode',
    value: '12',
    values: { idType: '澳门身份证' },
    expect: 'error',
  },
  { rule: 'R-POSTCODE', field: 'postcode', value: '1234567', expect: 'error' },
  { rule: 'R-POSTCODE', field: 'postcode', value: '999', expect: 'pass' },

  // R-ONDUTY
  { rule: 'R-ONDUTY', field: 'onDutyStatus', value: '在职', expect: 'pass' },
  { rule: 'R-ONDUTY', field: 'onDutyStatus', value: '待业', expect: 'error', says: '试用期' },
  {
    rule: 'R-ONDUTY',
    field: 'onDutyStatus',
    value: '在职',
    expect: 'warning',
    says: '当年毕业研究生',
    rows: {
      education: [{ educationSelected: 'true', educationLevel: '硕士研究生', diplomaNumber: '' }],
    },
  },
  {
    rule: 'R-ONDUTY',
    field: 'onDutyStatus',
    value: '当年毕业研究生',
    expect: 'warning',
    rows: {
      education: [
        { educationSelected: 'true', educationLevel: '本科', diplomaNumber: '104765201605701784' },
      ],
    },
  },
  {
    rule: 'R-ONDUTY',
    field: 'onDutyStatus',
    value: '当年毕业研究生',
    expect: 'pass',
    rows: {
      education: [{ educationSelected: 'true', educationLevel: '硕士研究生', diplomaNumber: '' }],
    },
  },

  // R-WORKUNIT
  { rule: 'R-WORKUNIT', field: 'workUnit', value: '北京大学第一医院', expect: 'pass' },
  { rule: 'R-WORKUNIT', field: 'workUnit', value: 'bjdx', expect: 'warning', says: '拼音' },
  { rule: 'R-WORKUNIT', field: 'workUnit', value: '12345', expect: 'warning' },

  // R-MILITARY-IDENTITY
  {
    rule: 'R-MILITARY-IDENTITY',
    field: 'militaryIdentity',
    value: '军队及武警干部',
    values: { unitAffiliation: '军队' },
    expect: 'pass',
  },
  {
    rule: 'R-MILITARY-IDENTITY',
    field: 'militaryIdentity',
    value: '军队及武警干部',
    values: { unitAffiliation: '地方' },
    expect: 'error',
    says: '仅限',
  },
  { rule: 'R-MILITARY-IDENTITY', field: 'militaryIdentity', value: '司机', expect: 'error' },
  {
    rule: 'R-MILITARY-IDENTITY',
    field: 'militaryIdentity',
    value: '',
    values: { unitAffiliation: '武警' },
    expect: 'warning',
  },
  {
    rule: 'R-MILITARY-IDENTITY',
    field: 'militaryIdentity',
    value: '',
    values: { unitAffiliation: '地方' },
    expect: 'pass',
  },

  // R-EDU-SELECTED
  {
    rule: 'R-EDU-SELECTED',
    field: 'educationSelected',
    value: 'false',
    expect: 'error',
    says: '勾选',
    rows: { education: [{ educationSelected: 'false', educationLevel: '本科' }] },
  },
  {
    rule: 'R-EDU-SELECTED',
    field: 'educationSelected',
    value: 'true',
    expect: 'pass',
    rows: { education: [{ educationSelected: 'true', educationLevel: '本科' }] },
  },
  {
    rule: 'R-EDU-SELECTED',
    field: 'educationSelected',
    value: '',
    expect: 'pass',
    rows: { education: [{ educationLevel: '本科' }] },
  }, // 个人信息: no ticks on the page
  {
    rule: 'R-EDU-SELECTED',
    field: 'trainingSelected',
    value: 'false',
    row: { trainingType: '住院医师规范化培训' },
    expect: 'warning',
  },
  {
    rule: 'R-EDU-SELECTED',
    field: 'trainingSelected',
    value: 'true',
    row: { trainingType: '住院医师规范化培训' },
    expect: 'pass',
  },
  {
    rule: 'R-EDU-SELECTED',
    field: 'trainingSelected',
    value: 'true',
    row: { trainingType: '进修' },
    expect: 'warning',
  },

  // R-EDU-GRAD-ALSO-UNDERGRAD
  (() => {
    const grad = { educationSelected: 'true', educationLevel: '硕士研究生' };
    return {
      rule: 'R-EDU-GRAD-ALSO-UNDERGRAD',
      field: 'educationLevel',
      value: '硕士研究生',
      row: grad,
      rows: { education: [grad] },
      expect: 'warning',
      says: '本科',
    } as Case;
  })(),
  (() => {
    const grad = { educationSelected: 'true', educationLevel: '硕士研究生' };
    const under = { educationSelected: 'false', educationLevel: '本科' };
    return {
      rule: 'R-EDU-GRAD-ALSO-UNDERGRAD',
      field: 'educationLevel',
      value: '硕士研究生',
      row: grad,
      rows: { education: [grad, under] },
      expect: 'pass',
    } as Case;
  })(),
  (() => {
    const grad = { educationSelected: 'true', educationLevel: '硕士研究生' };
    const under = { educationSelected: 'true', educationLevel: '本科' };
    return {
      rule: 'R-EDU-GRAD-ALSO-UNDERGRAD',
      field: 'educationLevel',
      value: '本科',
      row: under,
      rows: { education: [grad, under] },
      expect: 'warning',
      says: '不要勾选',
    } as Case;
  })(),

  // R-EDU-NO-SCHOOL
  {
    rule: 'R-EDU-NO-SCHOOL',
    field: 'school',
    value: '',
    row: { educationLevel: '传统医学师承或确有专长人员' },
    expect: 'pass',
  },
  {
    rule: 'R-EDU-NO-SCHOOL',
    field: 'school',
    value: '某某大学',
    row: { educationLevel: '传统医学师承或确有专长人员' },
    expect: 'warning',
    says: '无须',
  },
  {
    rule: 'R-EDU-NO-SCHOOL',
    field: 'graduationDate',
    value: '2010-06',
    row: { educationLevel: '无学历(含无正规学历和无学历)' },
    expect: 'warning',
  },
  {
    rule: 'R-EDU-NO-SCHOOL',
    field: 'studyMode',
    value: '全日制',
    row: { educationLevel: '无学历(含无正规学历和无学历)' },
    expect: 'warning',
  },
  {
    rule: 'R-EDU-NO-SCHOOL',
    field: 'studyMode',
    value: '全日制',
    row: { educationLevel: '传统医学师承或确有专长人员' },
    expect: 'pass',
  },
  {
    rule: 'R-EDU-NO-SCHOOL',
    field: 'school',
    value: '',
    row: { educationLevel: '本科' },
    expect: 'error',
    says: '毕业学校',
  },
  {
    rule: 'R-EDU-NO-SCHOOL',
    field: 'graduationDate',
    value: '2015-07',
    row: { educationLevel: '本科' },
    expect: 'pass',
  },

  // R-DIPLOMA-REQUIRED
  {
    rule: 'R-DIPLOMA-REQUIRED',
    field: 'diplomaNumber',
    value: '',
    values: { onDutyStatus: '在职' },
    row: { educationLevel: '本科' },
    expect: 'error',
    says: '在职',
  },
  {
    rule: 'R-DIPLOMA-REQUIRED',
    field: 'diplomaNumber',
    value: '',
    values: { onDutyStatus: '试用期' },
    row: { educationLevel: '硕士研究生' },
    expect: 'error',
  },
  {
    rule: 'R-DIPLOMA-REQUIRED',
    field: 'diplomaNumber',
    value: '',
    values: { onDutyStatus: '当年毕业研究生' },
    row: { educationLevel: '硕士研究生' },
    expect: 'pass',
  },
  {
    rule: 'R-DIPLOMA-REQUIRED',
    field: 'diplomaNumber',
    value: '',
    values: { onDutyStatus: '在职' },
    row: { educationLevel: '无学历(含无正规学历和无学历)' },
    expect: 'pass',
  },
  {
    rule: 'R-DIPLOMA-REQUIRED',
    field: 'diplomaNumber',
    value: '',
    values: { onDutyStatus: '在职' },
    row: { educationLevel: '传统医学师承或确有专长人员' },
    expect: 'pass',
  },
  {
    rule: 'R-DIPLOMA-REQUIRED',
    field: 'diplomaNumber',
    value: '',
    values: { onDutyStatus: '在职' },
    row: { educationLevel: '博士研究生', studyMode: '硕博连读' },
    expect: 'pass',
  },
  {
    rule: 'R-DIPLOMA-REQUIRED',
    field: 'diplomaNumber',
    value: '',
    row: { educationLevel: '硕士研究生' },
    expect: 'pass',
  }, // 在岗情况 unknown
  {
    rule: 'R-DIPLOMA-REQUIRED',
    field: 'diplomaNumber',
    value: '',
    row: { educationLevel: '本科' },
    expect: 'error',
  },
  {
    rule: 'R-DIPLOMA-REQUIRED',
    field: 'diplomaNumber',
    value: '104765201605701784',
    values: { onDutyStatus: '在职' },
    row: { educationLevel: '本科' },
    expect: 'pass',
  },

  // R-DIPLOMA-FORMAT
  { rule: 'R-DIPLOMA-FORMAT', field: 'diplomaNumber', value: '104765201605701784', expect: 'pass' },
  // 17 digits (2000–2002)
  { rule: 'R-DIPLOMA-FORMAT', field: 'diplomaNumber', value: '10476120020500178', expect: 'pass' },
  {
    rule: 'R-DIPLOMA-FORMAT',
    field: 'diplomaNumber',
    value: '1075522008000001',
    expect: 'warning',
    says: '学位证书',
  },
  {
    rule: 'R-DIPLOMA-FORMAT',
    field: 'diplomaNumber',
    value: '12345678',
    expect: 'warning',
    says: '序列号',
  },
  {
    rule: 'R-DIPLOMA-FORMAT',
    field: 'diplomaNumber',
    value: '104763201603701784',
    expect: 'warning',
    says: '结构',
  },
  {
    rule: 'R-DIPLOMA-FORMAT',
    field: 'diplomaNumber',
    value: '10476520160570178A',
    expect: 'error',
    says: '数字',
  },
  {
    rule: 'R-DIPLOMA-FORMAT',
    field: 'diplomaNumber',
    value: '1047652016',
    expect: 'warning',
    says: '10 位',
  },
  {
    rule: 'R-DIPLOMA-FORMAT',
    field: 'diplomaNumber',
    value: '104765201605701784',
    row: { educationLevel: '本科' },
    expect: 'pass',
  },
  {
    rule: 'R-DIPLOMA-FORMAT',
    field: 'diplomaNumber',
    value: '104765201605701784',
    row: { educationLevel: '硕士研究生' },
    expect: 'warning',
    says: '另一张毕业证',
  },

  // R-GRADDATE
  {
    rule: 'R-GRADDATE',
    field: 'graduationDate',
    value: '2016-07',
    row: { diplomaNumber: '104765201605701784' },
    expect: 'pass',
  },
  {
    rule: 'R-GRADDATE',
    field: 'graduationDate',
    value: '2015-07',
    row: { diplomaNumber: '104765201605701784' },
    expect: 'warning',
    says: '2016',
  },
  {
    rule: 'R-GRADDATE',
    field: 'graduationDate',
    value: '2015-07',
    row: { diplomaNumber: '' },
    expect: 'pass',
  },

  // R-CERT-REQUIRED
  {
    rule: 'R-CERT-REQUIRED',
    field: 'examCategory',
    value: '临床执业医师',
    expect: 'error',
    says: '执业助理医师',
    rows: {
      education: [{ educationSelected: 'true', educationLevel: '中专' }],
      certificates: [{ certificateSelected: 'true', certificateType: '执业医师' }],
    },
  },
  {
    // On a page an empty certificate list means "not on this page": quiet.
    rule: 'R-CERT-REQUIRED',
    field: 'examCategory',
    value: '临床执业医师',
    expect: 'pass',
    rows: { education: [{ educationSelected: 'true', educationLevel: '中专' }], certificates: [] },
  },
  {
    rule: 'R-CERT-REQUIRED',
    field: 'examCategory',
    value: '临床执业医师',
    expect: 'pass',
    rows: {
      education: [{ educationSelected: 'true', educationLevel: '中专' }],
      certificates: [{ certificateSelected: 'true', certificateType: '执业助理医师' }],
    },
  },
  {
    rule: 'R-CERT-REQUIRED',
    field: 'examCategory',
    value: '临床执业医师',
    expect: 'error',
    rows: {
      education: [{ educationSelected: 'true', educationLevel: '中专' }],
      certificates: [{ certificateSelected: 'true', certificateType: '执业助理医师(乡镇)' }],
    },
  },
  {
    rule: 'R-CERT-REQUIRED',
    field: 'examCategory',
    value: '临床执业医师',
    expect: 'pass',
    rows: { education: [{ educationSelected: 'true', educationLevel: '本科' }], certificates: [] },
  },
  {
    rule: 'R-CERT-REQUIRED',
    field: 'examCategory',
    value: '临床执业助理医师',
    expect: 'pass',
    rows: { education: [{ educationSelected: 'true', educationLevel: '中专' }], certificates: [] },
  },
  {
    rule: 'R-CERT-REQUIRED',
    field: 'certificateType',
    value: '',
    values: { examCategory: '中医执业医师' },
    expect: 'error',
    rows: { education: [{ educationLevel: '中专' }], certificates: [{}] },
  },

  // R-CERT-TYPE
  {
    rule: 'R-CERT-TYPE',
    field: 'certificateType',
    value: '执业助理医师',
    values: { examCategory: '临床执业医师' },
    expect: 'pass',
  },
  {
    rule: 'R-CERT-TYPE',
    field: 'certificateType',
    value: '执业助理医师(乡镇)',
    values: { examCategory: '临床执业医师' },
    expect: 'error',
    says: '乡镇',
  },
  {
    rule: 'R-CERT-TYPE',
    field: 'certificateType',
    value: '执业助理医师（乡镇）',
    values: { examCategory: '临床执业医师' },
    expect: 'error',
  },
  { rule: 'R-CERT-TYPE', field: 'certificateType', value: '执业助理医师(乡镇)', expect: 'warning' },
  {
    rule: 'R-CERT-TYPE',
    field: 'certificateType',
    value: '执业助理医师(乡镇)',
    values: { examCategory: '乡村全科执业助理医师' },
    expect: 'pass',
  },

  // R-CERT-ISSUE-DATE
  {
    rule: 'R-CERT-ISSUE-DATE',
    field: 'certificateIssueDate',
    value: '2016-03',
    row: { certificateNumber: '201511141110102199101010078' },
    expect: 'pass',
  },
  {
    rule: 'R-CERT-ISSUE-DATE',
    field: 'certificateIssueDate',
    value: '2014-03',
    row: { certificateNumber: '201511141110102199101010078' },
    expect: 'warning',
    says: '2015',
  },
  {
    rule: 'R-CERT-ISSUE-DATE',
    field: 'certificateIssueDate',
    value: '',
    row: { certificateType: '执业助理医师' },
    expect: 'warning',
    says: '发证年月',
  },
  {
    rule: 'R-CERT-ISSUE-DATE',
    field: 'certificateIssueDate',
    value: '1995-03',
    expect: 'warning',
    says: '1999',
  },

  // R-CERT-NUMBER
  {
    rule: 'R-CERT-NUMBER',
    field: 'certificateNumber',
    value: '201511141110102199101010078',
    values: { ...CN, idNumber: '110102199101010078' },
    expect: 'pass',
  },
  {
    rule: 'R-CERT-NUMBER',
    field: 'certificateNumber',
    value: '200511141110102910101007',
    values: { ...CN, idNumber: '110102199101010078' },
    expect: 'pass',
  }, // 15-digit ID inside
  {
    rule: 'R-CERT-NUMBER',
    field: 'certificateNumber',
    value: '201511141120103198806018241',
    values: { ...CN, idNumber: '110102199101010078' },
    expect: 'error',
    says: '不一致',
  },
  {
    rule: 'R-CERT-NUMBER',
    field: 'certificateNumber',
    value: '2015111411101021991010100',
    values: CN,
    expect: 'error',
    says: '24 或 27',
  },
  {
    rule: 'R-CERT-NUMBER',
    field: 'certificateNumber',
    value: '199011141110102199101010078',
    values: CN,
    expect: 'error',
    says: '1998',
  },
  {
    rule: 'R-CERT-NUMBER',
    field: 'certificateNumber',
    value: '20151114144011320141005001x',
    values: CN,
    expect: 'error',
    fix: '20151114144011320141005001X',
  },
  {
    rule: 'R-CERT-NUMBER',
    field: 'certificateNumber',
    value: '2015111411010219910101007A',
    values: CN,
    expect: 'error',
  },

  // R-CERT-REG-NUMBER
  {
    rule: 'R-CERT-REG-NUMBER',
    field: 'registrationNumber',
    value: '110110000012345',
    row: { certificateNumber: '201511141110102199101010078' },
    expect: 'pass',
  },
  {
    rule: 'R-CERT-REG-NUMBER',
    field: 'registrationNumber',
    value: '201511141110102199101010078',
    row: { certificateNumber: '201511141110102199101010078' },
    expect: 'error',
    says: '执业证书',
  },
  {
    rule: 'R-CERT-REG-NUMBER',
    field: 'registrationNumber',
    value: '1101100000123',
    expect: 'warning',
    says: '15 位',
  },
  {
    rule: 'R-CERT-REG-NUMBER',
    field: 'registrationDate',
    value: '2016-05',
    row: { certificateIssueDate: '2016-03' },
    expect: 'pass',
  },
  {
    rule: 'R-CERT-REG-NUMBER',
    field: 'registrationDate',
    value: '2016-01',
    row: { certificateIssueDate: '2016-03' },
    expect: 'error',
    says: '早于',
  },

  // R-ASSIST-DATE
  {
    rule: 'R-ASSIST-DATE',
    field: 'assistQualificationDate',
    value: '',
    values: { examCategory: '临床执业医师' },
    expect: 'error',
    rows: { certificates: [{ certificateType: '执业助理医师', certificateIssueDate: '2016-03' }] },
  },
  {
    rule: 'R-ASSIST-DATE',
    field: 'assistQualificationDate',
    value: '2016-03',
    values: { examCategory: '临床执业医师' },
    expect: 'pass',
    rows: { certificates: [{ certificateType: '执业助理医师', certificateIssueDate: '2016-03' }] },
  },
  {
    rule: 'R-ASSIST-DATE',
    field: 'assistQualificationDate',
    value: '2015-03',
    values: { examCategory: '临床执业医师' },
    expect: 'warning',
    says: '2016-03',
    rows: { certificates: [{ certificateType: '执业助理医师', certificateIssueDate: '2016-03' }] },
  },
  {
    rule: 'R-ASSIST-DATE',
    field: 'assistQualificationDate',
    value: '2016-03',
    values: { examCategory: '临床执业助理医师' },
    expect: 'warning',
    says: '留空',
  },
  {
    rule: 'R-ASSIST-DATE',
    field: 'assistQualificationDate',
    value: '',
    values: { examCategory: '临床执业医师' },
    rows: { certificates: [] },
    expect: 'pass',
  },

  // R-ASSIST-REG
  {
    rule: 'R-ASSIST-REG',
    field: 'assistRegistrationNumber',
    value: '',
    values: { examCategory: '口腔执业医师' },
    expect: 'error',
    rows: {
      certificates: [{ certificateType: '执业助理医师', registrationNumber: '110110000012345' }],
    },
  },
  {
    rule: 'R-ASSIST-REG',
    field: 'assistRegistrationNumber',
    value: '110110000012345',
    values: { examCategory: '口腔执业医师' },
    expect: 'pass',
    rows: {
      certificates: [{ certificateType: '执业助理医师', registrationNumber: '110110000012345' }],
    },
  },
  {
    rule: 'R-ASSIST-REG',
    field: 'assistRegistrationNumber',
    value: '110110000099999',
    values: { examCategory: '口腔执业医师' },
    expect: 'warning',
    rows: {
      certificates: [{ certificateType: '执业助理医师', registrationNumber: '110110000012345' }],
    },
  },
  {
    rule: 'R-ASSIST-REG',
    field: 'assistRegistrationNumber',
    value: '110110000012345',
    values: { examCategory: '口腔执业助理医师' },
    expect: 'warning',
  },

  // R-EXTRA-SUBJECT
  { rule: 'R-EXTRA-SUBJECT', field: 'extraSubject', value: '无', expect: 'pass' },
  { rule: 'R-EXTRA-SUBJECT', field: 'extraSubject', value: '不加试', expect: 'pass' },
  { rule: 'R-EXTRA-SUBJECT', field: 'extraSubject', value: '心理', expect: 'warning' },
  {
    rule: 'R-EXTRA-SUBJECT',
    field: 'extraSubject',
    value: '军事医学',
    values: { militaryIdentity: '军队及武警士官' },
    expect: 'pass',
  },
  {
    rule: 'R-EXTRA-SUBJECT',
    field: 'extraSubject',
    value: '军事医学',
    values: { militaryIdentity: '公安部所属边防、消防、警卫现役干部' },
    expect: 'pass',
  },
  {
    rule: 'R-EXTRA-SUBJECT',
    field: 'extraSubject',
    value: '军事医学',
    values: { militaryIdentity: '军队及武警部队聘用地方人员' },
    expect: 'error',
    says: '聘用',
  },
  {
    rule: 'R-EXTRA-SUBJECT',
    field: 'extraSubject',
    value: '军事医学',
    values: { militaryIdentity: '' },
    expect: 'error',
    says: '现役',
  },
  { rule: 'R-EXTRA-SUBJECT', field: 'extraSubject', value: '军事医学', expect: 'pass' }, // identity unknown
  {
    rule: 'R-EXTRA-SUBJECT',
    field: 'extraSubject',
    value: '儿科',
    values: { examCategory: '临床执业医师' },
    expect: 'pass',
  },
  {
    rule: 'R-EXTRA-SUBJECT',
    field: 'extraSubject',
    value: '儿科',
    values: { examCategory: '临床执业助理医师' },
    expect: 'error',
    says: '临床执业医师',
  },
  {
    rule: 'R-EXTRA-SUBJECT',
    field: 'extraSubject',
    value: '院前急救',
    values: { examCategory: '中医执业医师' },
    expect: 'error',
  },

  // R-ATTEMPTS
  { rule: 'R-ATTEMPTS', field: 'attempts', value: '1', expect: 'pass' },
  { rule: 'R-ATTEMPTS', field: 'attempts', value: '3', expect: 'pass' },
  { rule: 'R-ATTEMPTS', field: 'attempts', value: '0', expect: 'error' },
  { rule: 'R-ATTEMPTS', field: 'attempts', value: '1.5', expect: 'error' },
  { rule: 'R-ATTEMPTS', field: 'attempts', value: '一', expect: 'error' },
  { rule: 'R-ATTEMPTS', field: 'attempts', value: '45', expect: 'warning' },

  // R-HKMOTW-PERMIT
  {
    rule: 'R-HKMOTW-PERMIT',
    field: 'hkmotwPermit',
    value: '',
    values: { idType: '台湾身份证' },
    expect: 'error',
    says: '通行证',
  },
  {
    rule: 'R-HKMOTW-PERMIT',
    field: 'hkmotwPermit',
    value: '',
    values: { idType: '香港身份证' },
    expect: 'error',
  },
  { rule: 'R-HKMOTW-PERMIT', field: 'hkmotwPermit', value: '', values: CN, expect: 'pass' },
  {
    rule: 'R-HKMOTW-PERMIT',
    field: 'hkmotwPermit',
    value: '1234567801',
    values: { idType: '台湾身份证' },
    expect: 'pass',
  },
  {
    rule: 'R-HKMOTW-PERMIT',
    field: 'hkmotwPermit',
    value: 'H3203117707',
    values: CN,
    expect: 'warning',
  },

  // R-PHOTO (file metadata as JSON; limits from the rule set)
  {
    rule: 'R-PHOTO',
    field: 'photo',
    value: '{"type":"image/jpeg","bytes":38000,"width":330,"height":480}',
    expect: 'pass',
  },
  {
    rule: 'R-PHOTO',
    field: 'photo',
    value: '{"type":"image/jpeg","bytes":40001,"width":330,"height":480}',
    expect: 'error',
    says: '太大',
  },
  {
    rule: 'R-PHOTO',
    field: 'photo',
    value: '{"type":"image/jpeg","bytes":38000,"width":330,"height":480}',
    ruleSet: 'notice-2022',
    expect: 'error',
    says: '太大',
  },
  {
    rule: 'R-PHOTO',
    field: 'photo',
    value: '{"type":"image/jpeg","bytes":28000,"width":180,"height":240}',
    ruleSet: 'notice-2022',
    expect: 'error',
    says: '190×254',
  },
  {
    rule: 'R-PHOTO',
    field: 'photo',
    value: '{"type":"image/png","bytes":20000,"width":330,"height":480}',
    expect: 'error',
    says: 'jpg',
  },
  {
    rule: 'R-PHOTO',
    field: 'photo',
    value: '{"type":"image/jpeg","bytes":20000,"width":480,"height":330}',
    expect: 'warning',
    says: '竖版',
  },
  { rule: 'R-PHOTO', field: 'photo', value: 'C:\\fakepath\\photo.jpg', expect: 'pass' },
  { rule: 'R-PHOTO', field: 'photo', value: 'C:\\fakepath\\photo.heic', expect: 'error' },

  // R-MATERIAL
  {
    rule: 'R-MATERIAL',
    field: 'material',
    value: '{"type":"image/png","bytes":199000}',
    expect: 'pass',
  },
  {
    rule: 'R-MATERIAL',
    field: 'material',
    value: '{"type":"image/jpeg","bytes":200001}',
    expect: 'error',
    says: '200',
  },
  { rule: 'R-MATERIAL', field: 'material', value: 'scan.pdf', expect: 'error', says: 'png' },
];

/** The findings of the case's rule for the case's value and context. */
export function run(c: Case) {
  const ctx = makeContext(
    c.values ?? {},
    { ruleSet: RULE_SETS[c.ruleSet ?? 'guide-2014'], today: TODAY },
    { row: c.row, rows: c.rows },
  );
  return checkField(c.field, c.value, ctx).filter((f) => f.ruleId === c.rule);
}
