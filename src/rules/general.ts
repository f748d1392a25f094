// General rules that apply to many fields (docs/spec/platform-rules.md "General").
import { FIELDS } from './catalogue';
import type { Rule } from './engine';
import type { RuleResult } from './types';
import {
  error,
  firstPunct,
  fix,
  hasFullWidth,
  idKindOf,
  known,
  normalizeYearMonth,
  parseYearMonth,
  rowOrValue,
  showChar,
  toHalfWidth,
  todayYm,
  warning,
  ymIndex,
} from './util';

/** Every field typed by hand (guide-2014 填写说明: 所有手工填写内容均须为半角). */
export const HAND_TYPED_FIELDS = FIELDS.filter(
  (f) => f.kind === 'text' || f.kind === 'date' || f.kind === 'yearMonth' || f.kind === 'password',
).map((f) => f.key);

/**
 * Fields filled by picking a dictionary entry (guide-2014 FAQ 7: 拼音首字母检索): the
 * platform's own entries may carry full-width brackets, so only a warning there.
 */
export const DICTIONARY_FIELDS = ['school', 'workUnit', 'major', 'trainingUnit', 'trainingMajor'];

export const YEAR_MONTH_FIELDS = FIELDS.filter((f) => f.kind === 'yearMonth').map((f) => f.key);

export const R_HALFWIDTH: Rule = {
  id: 'R-HALFWIDTH',
  fields: HAND_TYPED_FIELDS,
  format: true,
  check(value, field) {
    if (!hasFullWidth(value)) return [];
    let first = '';
    for (const ch of value) {
      if (hasFullWidth(ch)) {
        first = ch;
        break;
      }
    }
    const sensitive =
      field === 'password' || field === 'passwordConfirm' || field === 'recoveryAnswer';
    if (DICTIONARY_FIELDS.includes(field))
      return [
        warning(
          `含有全角字符 ${showChar(first)}：手工输入的名称须为半角；如果是从下拉列表中选择的，可以忽略。`,
          `Contains a full-width character ${showChar(first)}: a hand-typed name must be half-width; ignore ` +
            `this if you picked it from the list.`,
          fix(toHalfWidth(value), '转换为半角', 'Convert to half-width'),
        ),
      ];
    return [
      error(
        `含有全角字符${sensitive ? '' : ` ${showChar(first)}`}：手工填写的内容须为半角（请切换到英文输入法）。`,
        `Contains a full-width character${sensitive ? '' : ` ${showChar(first)}`}: typed text must be ` +
          `half-width (switch the input method to English).`,
        sensitive ? undefined : fix(toHalfWidth(value), '转换为半角', 'Convert to half-width'),
      ),
    ];
  },
};

/**
 * A graduation month may lie ahead for a 当年毕业研究生 or a student still
 * enrolled (guide-2014 FAQ 5: 报考当年将毕业取得的研究生学历).
 */
function futureAllowed(field: string, ctx: Parameters<Rule['check']>[2]): 'yes' | 'maybe' | 'no' {
  // A training still under way ends in the future (docs/spec/platform-rules.md lists 培训开始时间, not 结束时间).
  if (field === 'trainingEnd') return 'yes';
  if (field !== 'graduationDate') return 'no';
  const onDuty = known(ctx.values, 'onDutyStatus');
  if (onDuty !== undefined && onDuty.includes('当年毕业研究生')) return 'yes';
  const texts = ['educationLevel', 'studyMode', 'educationCategory', 'degree']
    .map((k) => rowOrValue(ctx, k) ?? '')
    .join(' ');
  if (/在校|在读|硕博连读/.test(texts)) return 'yes';
  if (onDuty === undefined && /研究生|博士|硕士/.test(texts)) return 'maybe';
  return 'no';
}

export const R_YEARMONTH: Rule = {
  id: 'R-YEARMONTH',
  fields: YEAR_MONTH_FIELDS,
  dependsOn: ['onDutyStatus', 'educationLevel', 'trainingStart'],
  check(value, field, ctx) {
    if (value.trim() === '') return [];
    const ym = parseYearMonth(value);
    if (!ym) {
      const normalized = normalizeYearMonth(value);
      if (normalized)
        return [
          error(
            `年月格式须为 YYYY-MM（中间加横杠），应写作 ${normalized}。`,
            `Write the year-month as YYYY-MM with a hyphen: ${normalized}.`,
            fix(normalized, `改为 ${normalized}`, `Change to ${normalized}`),
          ),
        ];
      if (/^\d{4}-\d{2}$/.test(toHalfWidth(value).trim()))
        return [error('月份须在 01 到 12 之间。', 'The month must be between 01 and 12.')];
      return [
        error(
          '年月格式须为 YYYY-MM，例如 2009 年 6 月写作 2009-06。',
          'Write the year-month as YYYY-MM: June 2009 is 2009-06.',
        ),
      ];
    }
    if (ym.year < 1900)
      return [error('年份不对：请核对。', 'The year is not plausible: check it.')];
    const now = todayYm(ctx.today);
    if (ymIndex(ym) > ymIndex(now)) {
      const allowed = futureAllowed(field, ctx);
      if (allowed === 'yes' && ym.year <= now.year + (field === 'trainingEnd' ? 5 : 1)) return [];
      if (allowed === 'maybe' && ym.year <= now.year + 1)
        return [
          warning(
            '毕业年月在将来：只有当年毕业研究生（在岗情况）可以这样填，请核对。',
            'The graduation month is in the future: only a 当年毕业研究生 (employment status) fills it so; check it.',
          ),
        ];
      return [
        error(
          '这个年月在将来：请填写已经发生的年月。',
          'This month is in the future: enter a month that has passed.',
        ),
      ];
    }
    if (field === 'trainingEnd') {
      const start = parseYearMonth((rowOrValue(ctx, 'trainingStart') ?? '').trim());
      if (start && ymIndex(ym) < ymIndex(start))
        return [
          error(
            '结束时间早于开始时间：请核对。',
            'The end month is before the start month: check both.',
          ),
        ];
    }
    return [];
  },
};

/** Fields that contain no spaces or punctuation (guide-2014 填写说明: 不得有空格、标点符号). */
export const NOPUNCT_FIELDS = [
  'idNumber',
  'diplomaNumber',
  'registrationNumber',
  'certificateNumber',
  'assistRegistrationNumber',
  'hkmotwPermit',
  'workUnit',
];

export const R_NOPUNCT: Rule = {
  id: 'R-NOPUNCT',
  fields: NOPUNCT_FIELDS,
  dependsOn: ['idType'],
  check(value, field, ctx) {
    if (value === '') return [];
    // Brackets and slashes of a HK/Macau ID are R-ID-HK/R-ID-MO's to fix.
    const kind = field === 'idNumber' ? idKindOf(known(ctx.values, 'idType')) : undefined;
    const allowed = kind === 'hk' || kind === 'mo' ? '()/（）／' : '';
    const bad = firstPunct(value, allowed);
    if (bad === undefined) return [];
    if (field === 'workUnit')
      return [
        warning(
          `手工输入的单位名称不得含空格或标点符号，这里有 ${showChar(bad)}；如果是从下拉列表中选择的，可以忽略。`,
          `A hand-typed unit name has no spaces or punctuation; found ${showChar(bad)}. Ignore this if you ` +
            `picked it from the list.`,
        ),
      ];
    const results: RuleResult[] = [
      error(
        `不得含空格或标点符号（包括“-”），这里有 ${showChar(bad)}。`,
        `No spaces or punctuation (not even "-") allowed; found ${showChar(bad)}.`,
      ),
    ];
    return results;
  },
};

export const GENERAL_RULES: Rule[] = [R_HALFWIDTH, R_YEARMONTH, R_NOPUNCT];
