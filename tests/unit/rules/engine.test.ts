// The rules through the engine as the page and the CLI use them: partial
// knowledge (one step of the form at a time), re-check lists, whole profiles.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkField,
  checkProfile,
  dependentFields,
  makeContext,
  RULE_SETS,
} from '../../../src/rules';
import { profileFileSchema } from '../../../src/profile/schema';

const TODAY = new Date('2026-03-01T12:00:00');
const fixture = (name: string) =>
  profileFileSchema.parse(
    JSON.parse(
      readFileSync(
        fileURLToPath(new URL(`../../fixtures/profiles/${name}`, import.meta.url)),
        'utf8',
      ),
    ),
  ).profile;
const ids = (findings: { ruleId: string }[]) => findings.map((f) => f.ruleId).sort();

describe('cross-field rules re-check the dependent fields', () => {
  it.each([
    ['idType', ['idNumber', 'name', 'mobile', 'postcode', 'ethnicity', 'hkmotwPermit']],
    ['idNumber', ['idType', 'sex', 'birthDate', 'certificateNumber']],
    ['onDutyStatus', ['diplomaNumber']],
    ['educationLevel', ['diplomaNumber', 'school', 'graduationDate']],
    ['examCategory', ['certificateType', 'extraSubject', 'assistQualificationDate']],
    ['militaryIdentity', ['extraSubject']],
    ['certificateNumber', ['registrationNumber', 'certificateIssueDate']],
    ['certificateIssueDate', ['registrationDate']],
    ['unitAffiliation', ['militaryIdentity']],
  ])('%s → %j', (key, dependents) => {
    const fields = dependentFields(key);
    expect(fields).toContain(key);
    for (const d of dependents) expect(fields).toContain(d);
  });
});

describe('one step at a time: quiet when the other field is unknown', () => {
  it('a lone diploma number field of a graduate row says nothing without 在岗情况', () => {
    const ctx = makeContext({}, { today: TODAY }, { row: { educationLevel: '博士研究生' } });
    expect(checkField('diplomaNumber', '', ctx, 0)).toEqual([]);
  });

  it('the same field once 在岗情况 is known to be 在职 reports the missing number on that row', () => {
    const ctx = makeContext(
      { onDutyStatus: '在职' },
      { today: TODAY },
      { row: { educationLevel: '博士研究生' } },
    );
    const f = checkField('diplomaNumber', '', ctx, 2);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      ruleId: 'R-DIPLOMA-REQUIRED',
      severity: 'error',
      field: 'diplomaNumber',
      row: 2,
    });
  });

  it('sex and birth date are not compared without the ID number', () => {
    const ctx = makeContext({ idType: '居民身份证' }, { today: TODAY });
    expect(checkField('sex', '女', ctx)).toEqual([]);
    expect(checkField('birthDate', '1991-01-02', ctx)).toEqual([]);
  });

  it('a wrong sex is reported with the one-click fix once the ID number is known', () => {
    const ctx = makeContext(
      { idType: '居民身份证', idNumber: '110102199101010078' },
      { today: TODAY },
    );
    const [f] = checkField('sex', '女', ctx);
    expect(f).toMatchObject({ ruleId: 'R-SEX-FROM-ID', severity: 'error', fix: { value: '男' } });
  });

  it('an extra subject is not judged while 本人身份 and 报考类别 are unknown', () => {
    const ctx = makeContext({}, { today: TODAY });
    expect(checkField('extraSubject', '军事医学', ctx)).toEqual([]);
    expect(checkField('extraSubject', '儿科', ctx)).toEqual([]);
  });
});

describe('rule sets are data', () => {
  it('the same password is fine in one rule set and wrong in the other', () => {
    const old = makeContext({}, { ruleSet: RULE_SETS['guide-2014'], today: TODAY });
    const later = makeContext({}, { ruleSet: RULE_SETS['notice-2022'], today: TODAY });
    expect(checkField('password', 'abc123', old)).toEqual([]);
    expect(ids(checkField('password', 'abc123', later))).toEqual(['R-PASSWORD']);
    expect(ids(checkField('password', 'abcdefgh123456', old))).toEqual(['R-PASSWORD']);
    expect(checkField('password', 'abcdefgh123456', later)).toEqual([]);
  });
});

describe('whole profiles (the CLI fixtures)', () => {
  it('valid.json has no findings', () => {
    expect(checkProfile(fixture('valid.json'), { today: TODAY })).toEqual([]);
  });
  it('bad-id-check.json: only the check character', () => {
    const f = checkProfile(fixture('bad-id-check.json'), { today: TODAY });
    expect(f.map((x) => [x.ruleId, x.field])).toEqual([['R-ID-CN', 'idNumber']]);
  });
  it('missing-diploma-onduty.json: the missing diploma number on row 0', () => {
    const f = checkProfile(fixture('missing-diploma-onduty.json'), { today: TODAY });
    expect(f.map((x) => [x.ruleId, x.field, x.row])).toEqual([
      ['R-DIPLOMA-REQUIRED', 'diplomaNumber', 0],
    ]);
  });
  it('township-certificate.json: the wrong certificate type, and no qualifying certificate', () => {
    const f = checkProfile(fixture('township-certificate.json'), { today: TODAY });
    expect(ids(f)).toEqual(['R-CERT-REQUIRED', 'R-CERT-TYPE']);
    expect(f.find((x) => x.ruleId === 'R-CERT-TYPE')).toMatchObject({
      field: 'certificateType',
      row: 0,
      severity: 'error',
    });
  });
  it('a full-width ID number gets one half-width fix, and after it no finding', () => {
    const profile = fixture('valid.json');
    profile.basic.idNumber = '１１０１０２１９９１０１０１００７８';
    const f = checkProfile(profile, { today: TODAY });
    expect(ids(f)).toEqual(['R-HALFWIDTH']);
    profile.basic.idNumber = f[0]!.fix!.value;
    expect(checkProfile(profile, { today: TODAY })).toEqual([]);
  });
});

describe('a whole profile knows its empty lists', () => {
  it('中专 applying for 执业医师 with no certificate at all: reported by checkProfile', () => {
    const profile = fixture('township-certificate.json');
    profile.certificates = [];
    const f = checkProfile(profile, { today: TODAY });
    expect(f.map((x) => [x.ruleId, x.field])).toEqual([['R-CERT-REQUIRED', 'examCategory']]);
  });
});
