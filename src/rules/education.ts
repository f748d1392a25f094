// Education and training rules (docs/spec/platform-rules.md "Education and training";
// guide-2014 填写说明 报考学历/学习形式/毕业年月/毕业证书编号, FAQ 3, 5, 6; steps-guide step 4).
import type { CheckContext, Rule } from './engine';
import type { RuleResult } from './types';
import {
  currentRowIndex,
  error,
  isFalse,
  isTrue,
  known,
  knownRows,
  parseYearMonth,
  rowOrValue,
  toHalfWidth,
  warning,
} from './util';

const GRADUATE = /博士|硕士|研究生/;
const UNDERGRAD = /本科|专科|大专/;
const NO_SCHOOL = /无学历|师承|确有专长/;
const ENROLLED = /在校|在读|硕博连读/;

export const R_EDU_SELECTED: Rule = {
  id: 'R-EDU-SELECTED',
  fields: ['educationSelected', 'trainingSelected'],
  dependsOn: ['educationSelected', 'trainingType'],
  check(value, field, ctx) {
    if (field === 'educationSelected') {
      const rows = knownRows(ctx, 'education');
      if (!rows || rows.length === 0) return [];
      // Only where the tick boxes are on the page (the application step): every row tells.
      if (rows.some((row) => row.educationSelected === undefined)) return [];
      if (rows.some((row) => isTrue(row.educationSelected))) return [];
      const index = currentRowIndex(ctx, 'education');
      if (index > 0) return [];
      return [
        error(
          '请至少勾选一条教育经历用于本次报名（仅有一条也必须勾选）。',
          'Tick at least one education entry for this application (even if there is only one).',
        ),
      ];
    }
    const type = rowOrValue(ctx, 'trainingType');
    if (type === undefined || type.trim() === '') return [];
    const residency = type.includes('住院医师规范化培训');
    if (residency && isFalse(value))
      return [
        warning(
          '住院医师规范化培训经历需要勾选。',
          'Tick a 住院医师规范化培训 (residency) training entry.',
        ),
      ];
    if (!residency && isTrue(value))
      return [
        warning(
          '只有住院医师规范化培训经历需要勾选，这条培训经历可不勾选。',
          'Only 住院医师规范化培训 training entries need ticking; this one need not be.',
        ),
      ];
    return [];
  },
};

export const R_EDU_GRAD_ALSO_UNDERGRAD: Rule = {
  id: 'R-EDU-GRAD-ALSO-UNDERGRAD',
  fields: ['educationLevel'],
  dependsOn: ['educationSelected'],
  check(value, _field, ctx) {
    const rows = knownRows(ctx, 'education');
    const level = value.trim();
    if (!rows || level === '' || !isTrue(known(ctx.row, 'educationSelected'))) return [];
    if (GRADUATE.test(level) && !rows.some((row) => UNDERGRAD.test(row.educationLevel ?? '')))
      return [
        warning(
          '以研究生学历报考时，请同时添加本科（或专科）教育经历（不勾选）。',
          'Applying with a graduate degree: also add your undergraduate (or junior-college) entry, not ticked.',
        ),
      ];
    if (
      UNDERGRAD.test(level) &&
      rows.some(
        (row) =>
          row !== ctx.row &&
          GRADUATE.test(row.educationLevel ?? '') &&
          isTrue(row.educationSelected),
      )
    )
      return [
        warning(
          '已勾选研究生学历时，本科（或专科）经历只需填写，不要勾选。',
          'With the graduate entry ticked, the undergraduate entry is recorded but not ticked.',
        ),
      ];
    return [];
  },
};

export const R_EDU_NO_SCHOOL: Rule = {
  id: 'R-EDU-NO-SCHOOL',
  fields: ['school', 'graduationDate', 'studyMode'],
  dependsOn: ['educationLevel'],
  check(value, field, ctx) {
    const level = (rowOrValue(ctx, 'educationLevel') ?? '').trim();
    if (level === '' || level === '请选择') return [];
    const filled = value.trim() !== '' && value.trim() !== '请选择';
    const noSchool = NO_SCHOOL.test(level);
    const label =
      field === 'school'
        ? { zh: '毕业学校', en: 'the school' }
        : field === 'graduationDate'
          ? { zh: '毕业年月', en: 'the graduation month' }
          : { zh: '学习形式', en: 'the study mode' };
    if (field === 'studyMode') {
      if (level.includes('无学历') && filled)
        return [warning('“无学历”无须填写学习形式。', '无学历 needs no study mode.')];
      return [];
    }
    if (noSchool && filled)
      return [
        warning(
          `报考学历为“${level}”时无须填写${label.zh}。`,
          `With ${level} there is no need for ${label.en}.`,
        ),
      ];
    if (!noSchool && !filled) return [error(`请填写${label.zh}。`, `Fill in ${label.en}.`)];
    return [];
  },
};

/** Whether a row needs a diploma number (R-DIPLOMA-REQUIRED): 'unknown' keeps quiet. */
export function diplomaNeeded(ctx: CheckContext): 'required' | 'exempt' | 'unknown' {
  const level = (rowOrValue(ctx, 'educationLevel') ?? '').trim();
  const texts = ['educationLevel', 'studyMode', 'educationCategory', 'degree']
    .map((k) => rowOrValue(ctx, k) ?? '')
    .join(' ');
  if (NO_SCHOOL.test(level) || ENROLLED.test(texts)) return 'exempt';
  const onDuty = known(ctx.values, 'onDutyStatus')?.trim();
  const graduate = GRADUATE.test(level);
  if (onDuty === '当年毕业研究生') {
    if (graduate) return 'exempt';
    return level === '' ? 'unknown' : 'required';
  }
  if (onDuty === '在职' || onDuty === '试用期') return 'required';
  // 在岗情况 unknown: only a non-graduate level surely has its diploma.
  if (level !== '' && level !== '请选择' && !graduate) return 'required';
  return 'unknown';
}

export const R_DIPLOMA_REQUIRED: Rule = {
  id: 'R-DIPLOMA-REQUIRED',
  fields: ['diplomaNumber'],
  dependsOn: ['onDutyStatus', 'educationLevel', 'studyMode', 'educationCategory', 'degree'],
  check(value, _field, ctx) {
    if (value.trim() !== '') return [];
    if (diplomaNeeded(ctx) !== 'required') return [];
    const onDuty = known(ctx.values, 'onDutyStatus')?.trim();
    return [
      error(
        `缺少毕业证书编号：${onDuty ? `在岗情况为“${onDuty}”时，` : ''}请按毕业证书填写 18 位电子注册号（只有当年毕业研究生、在校研究生、无学历和师承人员可以不填）。`,
        `The diploma number is missing: ${onDuty ? `with employment status ${onDuty}, ` : ''}enter the ` +
          `18-digit electronic registration number of your diploma (only 当年毕业研究生, enrolled ` +
          `students, 无学历 and 师承 may leave it empty).`,
      ),
    ];
  },
};

const LEVELS: Record<string, string> = {
  '01': '博士',
  '02': '硕士',
  '04': '第二学士',
  '05': '本科',
  '06': '专科',
};
const LEVEL_EN: Record<string, string> = {
  '01': 'doctorate',
  '02': 'master',
  '04': 'second bachelor',
  '05': 'bachelor',
  '06': 'junior college',
};

/** Reads the 18-digit layout (R-DIPLOMA-FORMAT); undefined when not that layout. */
export function diplomaLayout(
  s: string,
): { school: string; type: string; year: number; level: string; seq: string } | undefined {
  const m = /^(\d{5})([1567])(\d{4})(01|02|04|05|06)(\d{6})$/.exec(s);
  if (!m) return undefined;
  return { school: m[1]!, type: m[2]!, year: Number(m[3]), level: m[4]!, seq: m[5]! };
}

export const R_DIPLOMA_FORMAT: Rule = {
  id: 'R-DIPLOMA-FORMAT',
  fields: ['diplomaNumber'],
  dependsOn: ['educationLevel'],
  check(value, _field, ctx) {
    const raw = toHalfWidth(value).trim();
    if (raw === '') return [];
    const s = raw.replace(/[\s\p{P}]/gu, '');
    if (!/^\d+$/.test(s))
      return [error('毕业证书编号只能是数字。', 'The diploma number contains digits only.')];
    const out: RuleResult[] = [];
    if (s.length === 18) {
      const layout = diplomaLayout(s);
      if (!layout)
        out.push(
          warning(
            '这个 18 位编号不符合常见的电子注册号结构（学校代码 5 位 + 办学类型 + 年份 + 层次 + 序号）：请对照毕业证书或学信网核对。',
            'This 18-digit number does not follow the usual layout (school code, type, year, level, sequence): ' +
              'check it against the diploma or CHSI.',
          ),
        );
      else if (layout.year < 1950)
        out.push(
          warning(
            `编号中的年份 ${layout.year} 不常见：请核对。`,
            `The year ${layout.year} in the number is unusual: check it.`,
          ),
        );
      else {
        // Digits 11–12 name the level; a different 学历 on the row usually means another diploma's number.
        const level = (rowOrValue(ctx, 'educationLevel') ?? '').trim();
        const expected = /博士/.test(level)
          ? '01'
          : /硕士/.test(level)
            ? '02'
            : /本科/.test(level)
              ? ['04', '05']
              : /专科|大专/.test(level)
                ? '06'
                : undefined;
        if (expected !== undefined && !([] as string[]).concat(expected).includes(layout.level))
          out.push(
            warning(
              `编号第 11–12 位「${layout.level}」表示${LEVELS[layout.level]}，与这条教育经历的学历“${level}”不一致：是否填了另一张毕业证的编号？`,
              `Digits 11–12 ("${layout.level}") mean ${LEVEL_EN[layout.level]}, but this entry's level is ` +
                `${level}: is this another diploma's number?`,
            ),
          );
      }
      return out;
    }
    if (s.length === 17) return [];
    if (s.length === 16)
      return [
        warning(
          '16 位的编号通常是学位证书编号，不是毕业证书编号：请填写毕业证书上的 18 位电子注册号。',
          'A 16-digit number is usually the degree certificate number, not the diploma: enter the 18-digit ' +
            'electronic registration number of the diploma.',
        ),
      ];
    if (s.length === 8)
      return [
        warning(
          '8 位的是毕业证书的证书序列号：请填写 18 位电子注册号（guide-2014 常见问题 6）。',
          'An 8-digit number is the diploma’s serial number: enter the 18-digit electronic registration number ' +
            '(guide-2014 FAQ 6).',
        ),
      ];
    return [
      warning(
        `毕业证书编号一般为 18 位（2000–2002 年为 17 位），这个是 ${s.length} 位：请对照毕业证书核对。`,
        `A diploma number usually has 18 digits (17 for 2000–2002); this has ${s.length}: check it against ` +
          `the diploma.`,
      ),
    ];
  },
};

export const R_GRADDATE: Rule = {
  id: 'R-GRADDATE',
  fields: ['graduationDate'],
  dependsOn: ['diplomaNumber'],
  check(value, _field, ctx) {
    const ym = parseYearMonth(value.trim());
    const diploma = toHalfWidth(rowOrValue(ctx, 'diplomaNumber') ?? '').trim();
    if (!ym || diploma === '') return [];
    const layout = diplomaLayout(diploma);
    if (!layout || layout.year === ym.year) return [];
    return [
      warning(
        `毕业年月的年份（${ym.year}）与毕业证书编号中的年份（${layout.year}）不一致：请核对两者。`,
        `The graduation year (${ym.year}) differs from the year in the diploma number (${layout.year}): check both.`,
      ),
    ];
  },
};

export const EDUCATION_RULES: Rule[] = [
  R_EDU_SELECTED,
  R_EDU_GRAD_ALSO_UNDERGRAD,
  R_EDU_NO_SCHOOL,
  R_DIPLOMA_REQUIRED,
  R_DIPLOMA_FORMAT,
  R_GRADDATE,
];

export { LEVELS };
