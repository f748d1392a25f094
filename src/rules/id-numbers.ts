// ID numbers by 证件类型 (docs/spec/platform-rules.md "Identity"; guide-2014 填写说明 "证件编号":
// 身份证号码必须为 18 位 (原 15 位身份证号不可使用); 台湾往来大陆通行证为 10 位,
// 台湾身份证必须为 10 位; 港澳往来大陆通行证为 11 位, 香港身份证必须为 8 位或 9 位,
// 澳门身份证必须为 8 位; 外籍护照号码长度不少于 6 位).
import type { CheckContext, Rule } from './engine';
import type { RuleResult } from './types';
import {
  error,
  fix,
  fmtDate,
  idKindOf,
  isFuture,
  isRealDate,
  known,
  toHalfWidth,
  warning,
  type IdKind,
  type YMD,
} from './util';

// ---------- 居民身份证 / 居住证: GB 11643-1999 ----------

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The check character the first 17 digits need (ISO 7064 MOD 11-2). */
export function cnIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * Province prefixes that may be hard-checked (R-ID-CN). Deliberately no county
 * list: people keep their number after their county code is abolished.
 */
export function isProvincePrefix(two: string): boolean {
  const n = Number(two);
  return (
    /^\d\d$/.test(two) &&
    ((n >= 11 && n <= 15) ||
      (n >= 21 && n <= 23) ||
      (n >= 31 && n <= 37) ||
      (n >= 41 && n <= 46) ||
      (n >= 50 && n <= 54) ||
      (n >= 61 && n <= 65) ||
      n === 71 ||
      n === 81 ||
      n === 82 ||
      n === 83)
  );
}

export const PERMIT_PREFIXES: Record<string, { zh: string; en: string }> = {
  '810000': { zh: '香港', en: 'Hong Kong' },
  '820000': { zh: '澳门', en: 'Macau' },
  '830000': { zh: '台湾', en: 'Taiwan' },
};

export type CnIdProblem =
  | { kind: 'chars' }
  | { kind: 'length15' }
  | { kind: 'length'; length: number }
  | { kind: 'province'; prefix: string }
  | { kind: 'birth'; digits: string }
  | { kind: 'futureBirth'; birth: YMD }
  | { kind: 'check'; expected: string; actual: string }
  | { kind: 'lowerX' };

export interface CnIdAnalysis {
  /** The number as analysed: half-width, spaces and hyphens removed. */
  compact: string;
  problems: CnIdProblem[];
  birth?: YMD;
  /** Digit 17 odd = male. */
  sex?: '男' | '女';
}

/** Analyses an 18-character mainland ID (also the 居住证 layout). Linear, never throws. */
export function analyzeCnId(raw: string, today: Date): CnIdAnalysis {
  // Fast path for the common, already clean input (no copy, no width mapping).
  const compact = /^[\dXx]{15,18}$/.test(raw) ? raw : toHalfWidth(raw).replace(/[\s-]/g, '');
  const problems: CnIdProblem[] = [];
  if (/^\d{15}$/.test(compact)) return { compact, problems: [{ kind: 'length15' }] };
  if (!/^\d{17}[\dXx]$/.test(compact)) {
    if (compact.length === 18 || !/^[\dXx]*$/.test(compact)) problems.push({ kind: 'chars' });
    if (compact.length !== 18) problems.push({ kind: 'length', length: [...compact].length });
    return { compact, problems };
  }
  const out: CnIdAnalysis = { compact, problems };
  const prefix = compact.slice(0, 2);
  if (!isProvincePrefix(prefix)) problems.push({ kind: 'province', prefix });
  const y = Number(compact.slice(6, 10));
  const m = Number(compact.slice(10, 12));
  const d = Number(compact.slice(12, 14));
  if (y < 1900 || !isRealDate(y, m, d))
    problems.push({ kind: 'birth', digits: compact.slice(6, 14) });
  else {
    out.birth = { year: y, month: m, day: d };
    if (isFuture(out.birth, today)) problems.push({ kind: 'futureBirth', birth: out.birth });
  }
  out.sex = Number(compact[16]) % 2 === 1 ? '男' : '女';
  const expected = cnIdCheckChar(compact);
  const actual = compact[17]!.toUpperCase();
  if (actual !== expected) problems.push({ kind: 'check', expected, actual: compact[17]! });
  else if (compact[17] === 'x') problems.push({ kind: 'lowerX' });
  return out;
}

/** Birth date and sex from a valid mainland/居住证 number (R-SEX-FROM-ID, R-BIRTH-FROM-ID, R-AGE). */
export function idFacts(
  ctx: CheckContext,
  number = known(ctx.values, 'idNumber'),
): { birth: YMD; sex: '男' | '女' } | undefined {
  if (!number) return undefined;
  const kind = idKindOf(known(ctx.values, 'idType'));
  if (kind !== undefined && kind !== 'cn' && kind !== 'permit') return undefined;
  const a = analyzeCnId(number, ctx.today);
  // Only a number whose check character holds is trusted to tell the birth date.
  if (!a.birth || !a.sex || a.problems.some((p) => p.kind !== 'lowerX')) return undefined;
  return { birth: a.birth, sex: a.sex };
}

function cnProblemsToFindings(a: CnIdAnalysis, label: { zh: string; en: string }): RuleResult[] {
  const out: RuleResult[] = [];
  for (const p of a.problems) {
    switch (p.kind) {
      case 'length15':
        out.push(
          error(
            `${label.zh}是旧的 15 位号码，平台不接受：请填写 18 位号码（在公安机关换发的第二代身份证上）。`,
            `This is an old 15-digit number, which the platform does not accept: enter the 18-digit number ` +
              `of your second-generation card.`,
          ),
        );
        break;
      case 'chars':
        out.push(
          error(
            `${label.zh}只能是数字，最后一位可以是 X。`,
            `The ${label.en} may contain digits only; the last character may be X.`,
          ),
        );
        break;
      case 'length':
        out.push(
          error(
            `${label.zh}长度不对：应为 18 位，现在是 ${p.length} 位。`,
            `Wrong length: the ${label.en} has 18 characters, this one has ${p.length}.`,
          ),
        );
        break;
      case 'province':
        out.push(
          error(
            `前两位「${p.prefix}」不是任何省份的代码：请核对号码开头。`,
            `The first two digits "${p.prefix}" are not a province code: check the start of the number.`,
          ),
        );
        break;
      case 'birth':
        out.push(
          error(
            `出生日期部分（第 7–14 位「${p.digits}」）不是真实日期：请核对这 8 位。`,
            `The birth-date part (digits 7–14, "${p.digits}") is not a real date: check these 8 digits.`,
          ),
        );
        break;
      case 'futureBirth':
        out.push(
          error(
            `出生日期部分（${fmtDate(p.birth)}）在将来：请核对第 7–14 位。`,
            `The birth-date part (${fmtDate(p.birth)}) is in the future: check digits 7–14.`,
          ),
        );
        break;
      case 'check':
        out.push(
          error(
            `最后一位校验码不对：按前 17 位计算应为「${p.expected}」，现在是「${p.actual}」。前 17 位中可能有输错的数字，请对照证件逐位核对。`,
            `The check character is wrong: the first 17 digits need "${p.expected}", not "${p.actual}". One ` +
              `of the first 17 digits may be mistyped: compare it digit by digit with the card.`,
          ),
        );
        break;
      case 'lowerX':
        out.push(
          error(
            '最后一位的 x 须为大写 X。',
            'The final x must be a capital X.',
            fix(a.compact.slice(0, 17) + 'X', '改为大写 X', 'Use a capital X'),
          ),
        );
        break;
    }
  }
  return out;
}

const looksLikeCnId = (compact: string) =>
  /^\d{15}$/.test(compact) || /^\d{17}[\dXx]$/.test(compact);
const isPermitPrefix = (compact: string) => compact.slice(0, 6) in PERMIT_PREFIXES;

/** The kind of number to check: from 证件类型 when known, else from the number's shape (never guessing a non-ID). */
function kindFor(ctx: CheckContext, value: string): IdKind | undefined {
  const kind = idKindOf(known(ctx.values, 'idType'));
  if (kind) return kind;
  const compact = toHalfWidth(value).replace(/[\s-]/g, '');
  if (looksLikeCnId(compact))
    return compact.length === 18 && isPermitPrefix(compact) ? 'permit' : 'cn';
  return undefined;
}

const ID_DEPS = ['idType'] as const;

export const R_ID_CN: Rule = {
  id: 'R-ID-CN',
  fields: ['idNumber'],
  dependsOn: ID_DEPS,
  check(value, _field, ctx) {
    if (value.trim() === '' || kindFor(ctx, value) !== 'cn') return [];
    const a = analyzeCnId(value, ctx.today);
    const out = cnProblemsToFindings(a, { zh: '身份证号码', en: 'ID number' });
    if (
      out.length === 0 &&
      isPermitPrefix(a.compact) &&
      ctx.ruleSet.idTypes.includes('港澳台居民居住证')
    ) {
      out.push(
        warning(
          `这是港澳台居民居住证的号码（${PERMIT_PREFIXES[a.compact.slice(0, 6)]!.zh}）：证件类型请选「港澳台居民居住证」。`,
          `This is a residence permit number (${PERMIT_PREFIXES[a.compact.slice(0, 6)]!.en}): choose ` +
            `港澳台居民居住证 as the ID type.`,
        ),
      );
    }
    return out;
  },
};

export const R_ID_PERMIT: Rule = {
  id: 'R-ID-PERMIT',
  fields: ['idNumber'],
  dependsOn: ID_DEPS,
  check(value, _field, ctx) {
    if (value.trim() === '' || kindFor(ctx, value) !== 'permit') return [];
    const a = analyzeCnId(value, ctx.today);
    const wrongPrefix = /^\d{17}[\dXx]$/.test(a.compact) && !isPermitPrefix(a.compact);
    // The permit's own prefix message replaces the generic province one.
    if (wrongPrefix) a.problems = a.problems.filter((p) => p.kind !== 'province');
    const out = cnProblemsToFindings(a, { zh: '居住证号码', en: 'residence permit number' });
    if (wrongPrefix) {
      out.unshift(
        error(
          `港澳台居民居住证号码以 810000（香港）、820000（澳门）或 830000（台湾）开头，这个号码开头是「${a.compact.slice(0, 6)}」。如果这是居民身份证，` +
            `请把证件类型改为「居民身份证」。`,
          `A residence permit number starts with 810000 (HK), 820000 (Macau) or 830000 (Taiwan); this one ` +
            `starts with "${a.compact.slice(0, 6)}". If it is a resident ID card, choose 居民身份证 as ` +
            `the ID type.`,
        ),
      );
    }
    return out;
  },
};

// ---------- 台湾身份证 ----------

const TW_LETTERS: Record<string, number> = {
  A: 10,
  B: 11,
  C: 12,
  D: 13,
  E: 14,
  F: 15,
  G: 16,
  H: 17,
  I: 34,
  J: 18,
  K: 19,
  L: 20,
  M: 21,
  N: 22,
  O: 35,
  P: 23,
  Q: 24,
  R: 25,
  S: 26,
  T: 27,
  U: 28,
  V: 29,
  W: 32,
  X: 30,
  Y: 31,
  Z: 33,
};

/** Taiwan ID check (R-ID-TW): true when the weighted sum is a multiple of 10. */
export function twIdValid(id: string): boolean {
  if (!/^[A-Z][12]\d{8}$/.test(id)) return false;
  const n = TW_LETTERS[id[0]!]!;
  let sum = Math.floor(n / 10) + (n % 10) * 9;
  for (let i = 1; i <= 8; i++) sum += Number(id[i]) * (9 - i);
  sum += Number(id[9]);
  return sum % 10 === 0;
}

export const R_ID_TW: Rule = {
  id: 'R-ID-TW',
  fields: ['idNumber'],
  dependsOn: ID_DEPS,
  check(value, _field, ctx) {
    if (value.trim() === '' || kindFor(ctx, value) !== 'tw') return [];
    const s = toHalfWidth(value).replace(/\s/g, '');
    if (s.length !== 10)
      return [
        error(
          `台湾身份证号码必须为 10 位，现在是 ${[...s].length} 位。`,
          `A Taiwan ID number has 10 characters; this one has ${[...s].length}.`,
        ),
      ];
    const upper = s.toUpperCase();
    if (!/^[A-Z][12]\d{8}$/.test(upper))
      return [
        error(
          '台湾身份证号码格式为：1 个英文字母 + 1 或 2 + 8 位数字（如 A123456789）。',
          'A Taiwan ID is a letter, then 1 or 2, then 8 digits (e.g. A123456789).',
        ),
      ];
    if (!twIdValid(upper))
      return [
        error(
          '台湾身份证号码的校验码不对：请对照证件逐位核对。',
          'The Taiwan ID check digit does not match: compare it digit by digit with the card.',
        ),
      ];
    if (upper !== s)
      return [
        error(
          '首字母须为大写。',
          'The first letter must be a capital.',
          fix(upper, '改为大写', 'Use a capital letter'),
        ),
      ];
    return [];
  },
};

export const R_ID_TWPERMIT: Rule = {
  id: 'R-ID-TWPERMIT',
  fields: ['idNumber', 'hkmotwPermit'],
  dependsOn: ID_DEPS,
  check(value, field, ctx) {
    if (value.trim() === '') return [];
    if (field === 'idNumber' ? kindFor(ctx, value) !== 'twPermit' : permitKind(ctx, value) !== 'tw')
      return [];
    return checkTwPermit(value);
  },
};

function checkTwPermit(value: string): RuleResult[] {
  const s = toHalfWidth(value).replace(/\s/g, '');
  if (/^\d{10}$/.test(s)) return [];
  if (/^\d{8}$/.test(s))
    return [
      warning(
        '平台说明要求台湾居民来往大陆通行证号码为 10 位；2008 年后的通行证号码为 8 位。如果平台不接受，请按证件加上 2 位换证次数。',
        'The platform text asks for 10 characters; permits since 2008 have 8 digits. If the platform refuses ' +
          'it, add the 2-digit issue count printed on the permit.',
      ),
    ];
  return [
    error(
      `台湾居民来往大陆通行证号码应为 8 位或 10 位数字，现在是「${s.slice(0, 30)}」。`,
      `A Taiwan travel permit number has 8 or 10 digits; got "${s.slice(0, 30)}".`,
    ),
  ];
}

export const R_ID_HKMOPERMIT: Rule = {
  id: 'R-ID-HKMOPERMIT',
  fields: ['idNumber', 'hkmotwPermit'],
  dependsOn: ID_DEPS,
  check(value, field, ctx) {
    if (value.trim() === '') return [];
    if (
      field === 'idNumber'
        ? kindFor(ctx, value) !== 'hkmoPermit'
        : permitKind(ctx, value) !== 'hkmo'
    )
      return [];
    return checkHkmoPermit(value);
  },
};

function checkHkmoPermit(value: string): RuleResult[] {
  const s = toHalfWidth(value).replace(/\s/g, '');
  if (/^[HM]\d{8}(\d{2})?$/.test(s)) return [];
  if (/^[hm]\d{8}(\d{2})?$/.test(s))
    return [
      error(
        '首字母 H/M 须为大写。',
        'The leading H/M must be a capital.',
        fix(s.toUpperCase(), '改为大写', 'Use a capital letter'),
      ),
    ];
  return [
    error(
      '港澳居民来往内地通行证号码为 H（香港）或 M（澳门）加 8 位数字，再加 2 位换证次数，共 11 位（如 H3203117707）。',
      'A HK/Macau travel permit number is H (HK) or M (Macau), 8 digits and the 2-digit issue count: 11 ' +
        'characters (e.g. H3203117707).',
    ),
  ];
}

/** Which permit the 往来大陆通行证 field holds (R-HKMOTW-PERMIT): from 证件类型 when known, else from the shape. */
export function permitKind(ctx: CheckContext, value: string): 'tw' | 'hkmo' | undefined {
  const kind = idKindOf(known(ctx.values, 'idType'));
  if (kind === 'tw' || kind === 'twPermit') return 'tw';
  if (kind === 'hk' || kind === 'mo' || kind === 'hkmoPermit') return 'hkmo';
  if (kind === 'permit') {
    const id = toHalfWidth(known(ctx.values, 'idNumber') ?? '');
    if (id.startsWith('830000')) return 'tw';
    if (id.startsWith('810000') || id.startsWith('820000')) return 'hkmo';
  }
  const s = toHalfWidth(value).trim();
  if (/^[HMhm]/.test(s)) return 'hkmo';
  if (/^\d/.test(s)) return 'tw';
  return undefined;
}

// ---------- 香港身份证 ----------

/** HK ID check character for a 1–2 letter + 6 digit body (R-ID-HK). */
export function hkIdCheckChar(body: string): string | undefined {
  const m = /^([A-Z]{1,2})(\d{6})$/.exec(body);
  if (!m) return undefined;
  const letters = m[1]!.length === 1 ? ' ' + m[1] : m[1]!;
  let sum = 0;
  const weights = [9, 8, 7, 6, 5, 4, 3, 2];
  const chars = letters + m[2];
  for (let i = 0; i < 8; i++) {
    const ch = chars[i]!;
    const v = ch === ' ' ? 36 : /[A-Z]/.test(ch) ? ch.charCodeAt(0) - 55 : Number(ch);
    sum += v * weights[i]!;
  }
  const r = sum % 11;
  return r === 0 ? '0' : r === 1 ? 'A' : String(11 - r);
}

export const R_ID_HK: Rule = {
  id: 'R-ID-HK',
  fields: ['idNumber'],
  dependsOn: ID_DEPS,
  check(value, _field, ctx) {
    if (value.trim() === '' || kindFor(ctx, value) !== 'hk') return [];
    const half = toHalfWidth(value).replace(/\s/g, '');
    const s = half.replace(/[()]/g, '').toUpperCase();
    if (!/^[A-Z]{1,2}\d{6}[0-9A]$/.test(s))
      return [
        error(
          '香港身份证号码为 1–2 个英文字母 + 6 位数字 + 1 位校验码（0–9 或 A），共 8 或 9 位，不带括号（如 A1234563）。',
          'A HK ID is 1–2 letters, 6 digits and a check character (0–9 or A): 8 or 9 characters without ' +
            'brackets (e.g. A1234563).',
        ),
      ];
    const expected = hkIdCheckChar(s.slice(0, -1));
    if (expected !== s.slice(-1))
      return [
        error(
          `香港身份证号码的校验码不对：按前面的字母和数字应为「${expected}」（括号内的那一位）。请对照证件核对。`,
          `The HK ID check character is wrong: the letters and digits need "${expected}" (the character in ` +
            `brackets). Compare it with the card.`,
        ),
      ];
    if (s !== half)
      return [
        error(
          '香港身份证号码不带括号、字母须大写。',
          'Type the HK ID without brackets, letters in capitals.',
          fix(s, '去掉括号', 'Remove the brackets'),
        ),
      ];
    return [];
  },
};

export const R_ID_MO: Rule = {
  id: 'R-ID-MO',
  fields: ['idNumber'],
  dependsOn: ID_DEPS,
  check(value, _field, ctx) {
    if (value.trim() === '' || kindFor(ctx, value) !== 'mo') return [];
    const half = toHalfWidth(value).replace(/\s/g, '');
    const s = half.replace(/[()/]/g, '');
    if (!/^[157]\d{7}$/.test(s))
      return [
        error(
          '澳门身份证号码为 8 位数字，以 1、5 或 7 开头（如 56866111）。',
          'A Macau ID has 8 digits starting with 1, 5 or 7 (e.g. 56866111).',
        ),
      ];
    if (s !== half)
      return [
        error(
          '澳门身份证号码不带括号和斜线。',
          'Type the Macau ID without brackets or slashes.',
          fix(s, '去掉括号和斜线', 'Remove brackets and slashes'),
        ),
      ];
    return [];
  },
};

export const R_ID_PASSPORT: Rule = {
  id: 'R-ID-PASSPORT',
  fields: ['idNumber'],
  dependsOn: ID_DEPS,
  check(value, _field, ctx) {
    if (value.trim() === '' || kindFor(ctx, value) !== 'passport') return [];
    const s = toHalfWidth(value).trim();
    if (!/^[A-Za-z0-9]+$/.test(s))
      return [
        error(
          '护照号码只能包含英文字母和数字。',
          'A passport number contains letters and digits only.',
        ),
      ];
    if (s.length < 6)
      return [
        error(
          `护照号码不少于 6 位，现在是 ${s.length} 位。`,
          `A passport number has at least 6 characters; this one has ${s.length}.`,
        ),
      ];
    if (s.length > 20)
      return [warning('护照号码异常长：请核对。', 'Unusually long passport number: check it.')];
    return [];
  },
};

/**
 * The kind of document a number surely is, judged by its own check digits or
 * unmistakable layout (R-IDTYPE cross-check); undefined when it could be several.
 */
export function recognizeIdNumber(raw: string, today: Date): IdKind | undefined {
  const s = toHalfWidth(raw)
    .replace(/[\s()/-]/g, '')
    .toUpperCase();
  if (s.length > 30) return undefined;
  if (/^\d{17}[\dX]$/.test(s) && analyzeCnId(s, today).problems.length === 0)
    return isPermitPrefix(s) ? 'permit' : 'cn';
  if (twIdValid(s)) return 'tw';
  if (/^[A-Z]{1,2}\d{6}[0-9A]$/.test(s) && hkIdCheckChar(s.slice(0, -1)) === s.slice(-1))
    return 'hk';
  if (/^[HM]\d{10}$/.test(s)) return 'hkmoPermit';
  return undefined;
}

export const ID_NUMBER_RULES: Rule[] = [
  R_ID_CN,
  R_ID_PERMIT,
  R_ID_TW,
  R_ID_TWPERMIT,
  R_ID_HKMOPERMIT,
  R_ID_HK,
  R_ID_MO,
  R_ID_PASSPORT,
];

export { checkTwPermit, checkHkmoPermit };
