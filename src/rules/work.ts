// Work rules (docs/spec/platform-rules.md "Work"; guide-2014 填写说明 在岗情况/工作单位名称/本人身份).
import { MILITARY_IDENTITY_OPTIONS, ON_DUTY_OPTIONS } from './catalogue';
import type { Rule } from './engine';
import { error, isHan, known, toHalfWidth, usedEducationRows, warning } from './util';

const GRADUATE = /博士|硕士|研究生/;

export const R_ONDUTY: Rule = {
  id: 'R-ONDUTY',
  fields: ['onDutyStatus'],
  dependsOn: ['educationLevel', 'diplomaNumber', 'educationSelected'],
  check(value, _field, ctx) {
    const v = value.trim();
    if (v === '' || v === '请选择') return [];
    if (!(ON_DUTY_OPTIONS as readonly string[]).includes(v))
      return [
        error(
          `在岗情况须为：${ON_DUTY_OPTIONS.join('、')}。`,
          `Choose one of: ${ON_DUTY_OPTIONS.join(', ')}.`,
        ),
      ];
    const used = usedEducationRows(ctx);
    if (!used || used.length === 0) return [];
    const graduate = used.filter((row) => GRADUATE.test(row.educationLevel ?? ''));
    if (
      v !== '当年毕业研究生' &&
      graduate.length > 0 &&
      graduate.every((row) => (row.diplomaNumber ?? '').trim() === '') &&
      used.every((row) => GRADUATE.test(row.educationLevel ?? ''))
    )
      return [
        warning(
          '以研究生学历报考但没有填写毕业证书编号：如果毕业证还没有拿到，在岗情况应选“当年毕业研究生”。',
          'You apply with a graduate degree but give no diploma number: if you have not received the diploma ' +
            'yet, choose 当年毕业研究生.',
        ),
      ];
    if (
      v === '当年毕业研究生' &&
      used.every(
        (row) => (row.educationLevel ?? '') !== '' && !GRADUATE.test(row.educationLevel ?? ''),
      )
    )
      return [
        warning(
          '选择了“当年毕业研究生”，但报考使用的教育经历中没有研究生学历：请核对在岗情况或教育经历。',
          'You chose 当年毕业研究生 but the education used for the application has no graduate degree: check one of them.',
        ),
      ];
    return [];
  },
};

export const R_WORKUNIT: Rule = {
  id: 'R-WORKUNIT',
  fields: ['workUnit'],
  check(value) {
    const s = toHalfWidth(value).trim();
    if (s === '') return [];
    if (/^[A-Za-z]{1,12}$/.test(s))
      return [
        warning(
          `「${s}」像是拼音首字母检索词：请等待下拉列表出现后选择单位全称。`,
          `"${s}" looks like pinyin search initials: wait for the list and pick the unit's full name.`,
        ),
      ];
    if (![...s].some(isHan))
      return [
        warning(
          '工作单位名称应为中文全称，请从下拉列表中选择。',
          'The work unit is its full Chinese name: pick it from the list.',
        ),
      ];
    return [];
  },
};

const ACTIVE_DUTY = [0, 1, 3, 4].map((i) => MILITARY_IDENTITY_OPTIONS[i]) as string[];

/** Matches an option ignoring its "(1)" number and full-width brackets/commas. */
export function militaryOptionIndex(v: string): number {
  const s = toHalfWidth(v)
    .replace(/\s/g, '')
    .replace(/^\(?\d\)?[.、]?/, '')
    .replace(/,/g, '、');
  return MILITARY_IDENTITY_OPTIONS.findIndex((o) => o === s);
}

export const isActiveDuty = (v: string) =>
  ACTIVE_DUTY.includes(MILITARY_IDENTITY_OPTIONS[militaryOptionIndex(v)] ?? '');

export const R_MILITARY_IDENTITY: Rule = {
  id: 'R-MILITARY-IDENTITY',
  fields: ['militaryIdentity'],
  dependsOn: ['unitAffiliation'],
  check(value, _field, ctx) {
    const v = value.trim();
    const affiliation = known(ctx.values, 'unitAffiliation');
    const military =
      affiliation !== undefined && affiliation.trim() !== ''
        ? /军|武警|公安|部队/.test(affiliation)
        : undefined;
    if (v === '' || v === '请选择' || v === '无') {
      if (military === true && v !== '无')
        return [
          warning(
            '单位隶属为军队、武警或公安时，请选择本人身份（现役或聘用）。',
            'For a unit under 军队/武警/公安, choose your military status (active or hired).',
          ),
        ];
      return [];
    }
    if (militaryOptionIndex(v) < 0)
      return [
        error(
          `本人身份须为以下之一：${MILITARY_IDENTITY_OPTIONS.join('；')}。`,
          `Choose one of the six options: ${MILITARY_IDENTITY_OPTIONS.join('; ')}.`,
        ),
      ];
    if (military === false)
      return [
        error(
          '本人身份仅限单位隶属为军队、武警、公安的考生填写：其他考生请留空。',
          'Only candidates of units under 军队/武警/公安 fill this; leave it empty.',
        ),
      ];
    return [];
  },
};

export const WORK_RULES: Rule[] = [R_ONDUTY, R_WORKUNIT, R_MILITARY_IDENTITY];
