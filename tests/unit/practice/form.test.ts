// The practice form reproduces guide-2014: 个人信息 "分为基本信息,联系方式,工作情况,
// 教育经历,培训经历及证书情况六组" and the step bar of 考试报名; its state is the profile.
import { describe, expect, it } from 'vitest';
import { FIELDS, fieldByKey, type Finding } from '../../../src/rules';
import { profileSchema } from '../../../src/profile/schema';
import {
  APPLICATION_STEPS,
  CONFIRM_RECAP,
  PROFILE_GROUPS,
  allPracticeKeys,
  choicesFor,
  examSites,
} from '../../../src/practice/form';
import {
  emptyState,
  hasContent,
  profileToState,
  stateToProfile,
} from '../../../src/practice/state';
import { fieldElementId, summarize } from '../../../src/practice/summary';

describe('practice form definition', () => {
  it('has the six groups of 个人信息 in the guide’s order', () => {
    expect(PROFILE_GROUPS.map((g) => g.title.zh)).toEqual([
      '基本信息',
      '联系方式',
      '工作情况',
      '教育经历',
      '培训经历',
      '证书情况',
    ]);
    expect(PROFILE_GROUPS.filter((g) => g.addLabel).map((g) => g.id)).toEqual([
      'education',
      'training',
      'certificates',
    ]);
  });

  it('has the step bar of 考试报名: 选择报考, 基本情况, 工作情况, 教育及培训, 证书, 确认', () => {
    expect(APPLICATION_STEPS.map((s) => `${s.n} ${s.title.zh}`)).toEqual([
      '1 选择报考类别',
      '2 基本情况',
      '3 工作情况',
      '4 教育及培训',
      '5 证书',
      '6 确认',
    ]);
    // Step 6: 考区, 考点, 累计报考次数 (guide-2014 "6. 选择考区及考点").
    expect(APPLICATION_STEPS[5]!.fields).toEqual(
      expect.arrayContaining(['examRegion', 'examSite', 'attempts']),
    );
  });

  it('shows every non-secret catalogue field of the candidate exactly once', () => {
    const keys = allPracticeKeys();
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(fieldByKey(key), key).toBeDefined();
    // 审核材料 are uploaded later, on the province's review system (beijing-2025), not in 考试报名.
    const expected = FIELDS.filter((f) => f.group !== 'register' && f.key !== 'material').map(
      (f) => f.key,
    );
    expect([...keys].sort()).toEqual([...expected].sort());
    // Passwords, captcha and the recovery answer are never asked for here.
    expect(keys.some((key) => fieldByKey(key)!.sensitive)).toBe(false);
  });

  it('step 6 recaps the fields of the platform’s 申请表, all of them on the form', () => {
    expect(CONFIRM_RECAP).toEqual(
      expect.arrayContaining(['name', 'idNumber', 'diplomaNumber', 'onDutyStatus']),
    );
    for (const key of CONFIRM_RECAP) expect(allPracticeKeys(), key).toContain(key);
  });

  it('offers the platform’s choices', () => {
    expect(choicesFor('onDutyStatus')).toEqual(['试用期', '在职', '当年毕业研究生']);
    expect(choicesFor('certificateType')).toContain('执业助理医师(乡镇)');
    expect(choicesFor('militaryIdentity')).toHaveLength(6);
    expect(choicesFor('idType')).toContain('居民身份证');
    expect(choicesFor('ethnicity')).toHaveLength(57);
    expect(examSites('北京市')).toContain('东城区');
    expect(choicesFor('examSite', undefined, { examRegion: '北京市' })).toContain('东城区');
    for (const key of allPracticeKeys()) {
      if (fieldByKey(key)!.kind === 'select' && key !== 'examSite')
        expect(choicesFor(key).length, key).toBeGreaterThan(1);
    }
  });
});

describe('practice state ↔ profile', () => {
  it('an empty form is not content and gives an empty profile with one education row', () => {
    const state = emptyState();
    expect(hasContent(state)).toBe(false);
    const profile = stateToProfile(state);
    expect(profile.basic).toEqual({});
    expect(profile.education).toEqual([{}]);
  });

  it('round-trips values and rows through the profile schema', () => {
    const state = emptyState();
    state.values = {
      name: '王洋',
      idNumber: '110102199101010078',
      onDutyStatus: '在职',
      examRegion: '北京市',
      attempts: '1',
    };
    state.rows.education = [
      { school: '北京大学', diplomaNumber: '104765201605701784', educationSelected: 'true' },
    ];
    state.rows.certificates = [{ certificateType: '执业助理医师' }];
    expect(hasContent(state)).toBe(true);
    const profile = profileSchema.parse(stateToProfile(state));
    expect(profile.basic.name).toBe('王洋');
    expect(profile.work.onDutyStatus).toBe('在职');
    expect(profile.application.examRegion).toBe('北京市');
    expect(profile.education[0]!.diplomaNumber).toBe('104765201605701784');
    expect(profileToState(profile)).toEqual(state);
  });

  it('drops keys that are not fields of that group (nothing unknown reaches the backup)', () => {
    const state = emptyState();
    state.values = { name: '王洋', password: 'secret1', bogus: 'x' };
    state.rows.education = [{ school: '北京大学', certificateType: '执业医师' }];
    const profile = stateToProfile(state);
    expect(JSON.stringify(profile)).not.toContain('secret1');
    expect(profile.education[0]).toEqual({ school: '北京大学' });
  });
});

describe('summary', () => {
  it('points each finding at the field element on the page', () => {
    expect(fieldElementId('idNumber')).toBe('practice-basic-idNumber');
    expect(fieldElementId('diplomaNumber', 1)).toBe('practice-education-1-diplomaNumber');
  });

  it(
    'lists the findings errors first, in page order, one line per field and rule, skipping fields not on the ' +
      'form',
    () => {
      const message = { zh: '错', en: 'wrong' };
      const findings: Finding[] = [
        { ruleId: 'R-MOBILE', severity: 'warning', field: 'mobile', message },
        { ruleId: 'R-DIPLOMA-FORMAT', severity: 'error', field: 'diplomaNumber', row: 1, message },
        { ruleId: 'R-ID-CN', severity: 'error', field: 'idNumber', message },
        { ruleId: 'R-ID-CN', severity: 'error', field: 'idNumber', message },
        { ruleId: 'R-DIPLOMA-FORMAT', severity: 'error', field: 'diplomaNumber', row: 0, message },
        { ruleId: 'R-PASSWORD', severity: 'error', field: 'password', message },
      ];
      const items = summarize(findings);
      expect(items.map((i) => `${i.finding.severity} ${i.elementId}`)).toEqual([
        'error practice-basic-idNumber',
        'error practice-education-0-diplomaNumber',
        'error practice-education-1-diplomaNumber',
        'warning practice-contact-mobile',
      ]);
      expect(items[0]!.groupLabel.zh).toBe('基本信息');
      expect(items[0]!.fieldLabel.zh).toBe('证件编号');
    },
  );
});
