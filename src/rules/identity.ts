// Identity and account rules (docs/spec/platform-rules.md "Identity"; guide-2014 填写说明).
import type { CheckContext, Rule } from './engine';
import { idFacts, recognizeIdNumber } from './id-numbers';
import {
  ageOn,
  codePoints,
  error,
  fix,
  fmtDate,
  idKindOf,
  isFuture,
  isHan,
  isMainland,
  known,
  parseDate,
  toHalfWidth,
  warning,
  type YMD,
} from './util';

const MIDDLE_DOTS = /[·•・‧∙⋅]/g;

/** Mainland name check on the half-width text; undefined = fine. */
function nameCnProblem(s: string): { zh: string; en: string } | undefined {
  if (/[A-Za-z]/.test(s))
    return {
      zh: '大陆考生姓名必须为汉字，不得包含英文字母。',
      en: 'A mainland name is Chinese characters only: no letters.',
    };
  if (/\s/.test(s)) return { zh: '汉字之间不能有空格。', en: 'No spaces between the characters.' };
  for (const ch of s) {
    if (isHan(ch) || ch === '.' || ch === '?') continue;
    if (/[A-Za-z]/.test(ch))
      return {
        zh: '大陆考生姓名必须为汉字，不得包含英文字母。',
        en: 'A mainland name is Chinese characters only: no letters.',
      };
    if (/\d/.test(ch)) return { zh: '姓名不得包含数字。', en: 'A name contains no digits.' };
    return {
      zh: `姓名不得包含「${ch}」等符号（少数民族姓名中的点用半角“.”，生僻字用“?”）。`,
      en:
        `A name contains no symbols such as "${ch}" (a minority name's dot is a half-width ".", a missing ` +
        `character is "?").`,
    };
  }
  if (s.startsWith('.') || s.endsWith('.') || s.includes('..'))
    return {
      zh: '“.”只用于姓名中间的分隔点。',
      en: 'The "." only separates parts inside the name.',
    };
  if (codePoints(s) > 28)
    return {
      zh: `姓名不超过 28 个汉字，现在是 ${codePoints(s)} 个。`,
      en: `At most 28 characters; this has ${codePoints(s)}.`,
    };
  return undefined;
}

/** Taiwan/HK/Macau/foreign name check on the half-width text. */
function nameIntlProblem(s: string): { zh: string; en: string } | undefined {
  if (codePoints(s) > 28)
    return {
      zh: `姓名不超过 28 个字符，现在是 ${codePoints(s)} 个。`,
      en: `At most 28 characters; this has ${codePoints(s)}.`,
    };
  // 英文字母除首字母外一律用小写: each Latin word is Capitalized.
  for (const word of s.split(/[^A-Za-z]+/)) {
    if (word.length > 1 && word.slice(1) !== word.slice(1).toLowerCase())
      return {
        zh: '英文姓名除每个词的首字母外一律用小写（如 Chan Tai Man）。',
        en: 'Latin letters are lower case except the first letter of each word (e.g. Chan Tai Man).',
      };
  }
  return undefined;
}

export const R_NAME_CN: Rule = {
  id: 'R-NAME-CN',
  fields: ['name'],
  dependsOn: ['idType', 'nationality'],
  check(value, _field, ctx) {
    if (value.trim() === '') return [];
    const mainland = isMainland(ctx);
    const half = toHalfWidth(value);
    const hasHan = [...half].some(isHan);
    // Unknown 证件类型: judge as a mainland name only when it is written in Chinese characters.
    if (mainland === false || (mainland === undefined && !hasHan)) return [];
    if (mainland === undefined && /[A-Za-z]/.test(half)) return [];
    const dotted = half.replace(MIDDLE_DOTS, '.');
    const problem = nameCnProblem(dotted);
    if (dotted !== half && !problem)
      return [
        error(
          '少数民族姓名中的分隔点须输入半角“.”（英文小数点）。',
          'The dot in a minority name must be the half-width "." (full stop).',
          fix(toHalfWidth(value).replace(MIDDLE_DOTS, '.'), '改为“.”', 'Use "."'),
        ),
      ];
    if (problem) return [error(problem.zh, problem.en)];
    return [];
  },
};

export const R_NAME_INTL: Rule = {
  id: 'R-NAME-INTL',
  fields: ['name'],
  dependsOn: ['idType', 'nationality'],
  check(value, _field, ctx) {
    if (value.trim() === '') return [];
    const mainland = isMainland(ctx);
    const half = toHalfWidth(value);
    if (mainland === true) return [];
    // Unknown: only a Latin-letter name is judged here (a Chinese one is R-NAME-CN's).
    if (
      mainland === undefined &&
      (![...half].some((c) => /[A-Za-z]/.test(c)) || [...half].some(isHan))
    )
      return [];
    const problem = nameIntlProblem(half);
    return problem ? [error(problem.zh, problem.en)] : [];
  },
};

export const R_IDTYPE: Rule = {
  id: 'R-IDTYPE',
  fields: ['idType'],
  dependsOn: ['idNumber'],
  check(value, _field, ctx) {
    const v = toHalfWidth(value).replace(/\s/g, '');
    if (v === '' || /^(请选择|--.*--)$/.test(v)) return [];
    const options = ctx.ruleSet.idTypes.map((o) => toHalfWidth(o).replace(/\s/g, ''));
    if (options.includes(v)) {
      // 证件类型 ↔ 证件编号: a number that is surely another document's points at the wrong type.
      const chosen = idKindOf(v);
      const number = known(ctx.values, 'idNumber');
      const seen = number ? recognizeIdNumber(number, ctx.today) : undefined;
      const compatible =
        seen === chosen ||
        (seen === 'permit' && chosen === 'cn') ||
        (seen === 'hkmoPermit' && chosen === 'hkmoPermit');
      if (!seen || compatible) return [];
      const option = ctx.ruleSet.idTypes.find((o) => idKindOf(o) === seen);
      if (!option) return [];
      return [
        warning(
          `证件编号看起来是“${option}”的号码，证件类型却选了“${v}”：请核对证件类型。`,
          `The ID number looks like a ${option} number, but the ID type is ${v}: check the ID type.`,
        ),
      ];
    }
    const kind = idKindOf(v);
    if (kind === 'permit')
      return [
        warning(
          `“港澳台居民居住证”不在所选规则（${ctx.ruleSet.label.zh}）的证件类型中；如果平台列出了它，请在设置中改用较新的规则。`,
          `港澳台居民居住证 is not an ID type of the selected rule set (${ctx.ruleSet.label.en}); if the platform ` +
            `lists it, switch to the newer rule set in the settings.`,
        ),
      ];
    return [
      warning(
        `「${v.slice(0, 20)}」不是所选规则的证件类型选项：${ctx.ruleSet.idTypes.join('、')}。`,
        `"${v.slice(0, 20)}" is not an ID type option of the selected rule set: ${ctx.ruleSet.idTypes.join(', ')}.`,
      ),
    ];
  },
};

export const R_SEX_FROM_ID: Rule = {
  id: 'R-SEX-FROM-ID',
  fields: ['sex'],
  dependsOn: ['idNumber', 'idType'],
  check(value, _field, ctx) {
    const v = value.trim();
    if (v !== '男' && v !== '女') return [];
    const facts = idFacts(ctx);
    if (!facts || facts.sex === v) return [];
    return [
      error(
        `性别与证件号码不符：号码第 17 位表示“${facts.sex}”。请核对性别或证件号码。`,
        `The sex does not match the ID number: digit 17 says ${facts.sex === '男' ? 'male' : 'female'}. Check ` +
          `the sex or the ID number.`,
        fix(facts.sex, `改为“${facts.sex}”`, `Set to ${facts.sex}`),
      ),
    ];
  },
};

export const R_BIRTH_FROM_ID: Rule = {
  id: 'R-BIRTH-FROM-ID',
  fields: ['birthDate'],
  dependsOn: ['idNumber', 'idType'],
  check(value, _field, ctx) {
    if (value.trim() === '') return [];
    const date = parseDate(value);
    const facts = idFacts(ctx);
    if (!date || !facts) return [];
    if (fmtDate(date) === fmtDate(facts.birth)) return [];
    return [
      error(
        `出生日期与证件号码不符：号码中的出生日期是 ${fmtDate(facts.birth)}。`,
        `The birth date does not match the ID number, which says ${fmtDate(facts.birth)}.`,
        fix(
          fmtDate(facts.birth),
          `改为 ${fmtDate(facts.birth)}`,
          `Change to ${fmtDate(facts.birth)}`,
        ),
      ),
    ];
  },
};

function ageFindings(birth: YMD, ctx: CheckContext) {
  if (isFuture(birth, ctx.today))
    return [error('出生日期在将来：请核对。', 'The birth date is in the future: check it.')];
  const age = ageOn(birth, ctx.today);
  if (age < 18)
    return [
      error(
        `考生须年满 18 岁，按出生日期 ${fmtDate(birth)} 现在是 ${age} 岁。`,
        `Candidates must be at least 18; born ${fmtDate(birth)} makes ${age}.`,
      ),
    ];
  if (age > 75)
    return [
      error(
        `考生年龄不超过 75 岁，按出生日期 ${fmtDate(birth)} 现在是 ${age} 岁：请核对。`,
        `Candidates are at most 75; born ${fmtDate(birth)} makes ${age}: check it.`,
      ),
    ];
  return [];
}

export const R_AGE: Rule = {
  id: 'R-AGE',
  fields: ['idNumber', 'birthDate'],
  dependsOn: ['idType', 'idNumber'],
  check(value, field, ctx) {
    if (value.trim() === '') return [];
    const facts = idFacts(ctx, field === 'idNumber' ? value : undefined);
    if (field === 'idNumber') return facts ? ageFindings(facts.birth, ctx) : [];
    // The birth date field: only when the ID does not already tell the birth date.
    if (facts) return [];
    const date = parseDate(value);
    if (!date)
      return [
        error(
          '出生日期格式须为 YYYY-MM-DD，例如 1990-01-31。',
          'Write the birth date as YYYY-MM-DD, e.g. 1990-01-31.',
        ),
      ];
    return ageFindings(date, ctx);
  },
};

export const R_ETHNIC_PASSPORT: Rule = {
  id: 'R-ETHNIC-PASSPORT',
  fields: ['ethnicity'],
  dependsOn: ['idType'],
  check(value, _field, ctx) {
    const v = value.trim();
    if (v === '' || idKindOf(known(ctx.values, 'idType')) !== 'passport') return [];
    if (v === '其它' || v === '其他') return [];
    return [
      error(
        '证件类型为外籍护照时，民族应为“其它”。',
        'With a foreign passport the ethnicity is 其它 (other).',
        fix('其它', '改为“其它”', 'Set to 其它'),
      ),
    ];
  },
};

export const R_PASSWORD: Rule = {
  id: 'R-PASSWORD',
  fields: ['password', 'passwordConfirm'],
  dependsOn: ['password'],
  check(value, field, ctx) {
    if (value === '') return [];
    if (field === 'passwordConfirm') {
      const pw = known(ctx.values, 'password');
      if (pw !== undefined && pw !== '' && pw !== value)
        return [error('两次输入的密码不一致。', 'The two passwords differ.')];
      return [];
    }
    const { min, max } = ctx.ruleSet.passwordLength;
    if (!/^[A-Za-z0-9]+$/.test(value))
      return [
        error(
          '密码只能由英文字母和数字组成（区分大小写）。',
          'Use letters and digits only (case-sensitive).',
        ),
      ];
    if (value.length < min || value.length > max)
      return [
        error(
          `密码长度须为 ${min} 到 ${max} 位，现在是 ${value.length} 位。`,
          `The password has ${min} to ${max} characters; this one has ${value.length}.`,
        ),
      ];
    return [];
  },
};

export const R_RECOVERY_ANSWER: Rule = {
  id: 'R-RECOVERY-ANSWER',
  fields: ['recoveryAnswer'],
  check(value) {
    if (value === '') return [];
    const n = codePoints(value);
    if (n < 4 || n > 30)
      return [
        error(
          `答案应为 4 到 30 个字符，现在是 ${n} 个。`,
          `The answer has 4 to 30 characters; this one has ${n}.`,
        ),
      ];
    return [];
  },
};

export const IDENTITY_RULES: Rule[] = [
  R_NAME_CN,
  R_NAME_INTL,
  R_IDTYPE,
  R_SEX_FROM_ID,
  R_BIRTH_FROM_ID,
  R_AGE,
  R_ETHNIC_PASSPORT,
  R_PASSWORD,
  R_RECOVERY_ANSWER,
];
