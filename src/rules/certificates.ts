// Certificate rules (docs/spec/platform-rules.md "Certificates"; guide-2014 "5. 选择证书",
// 现场审核材料 (五), FAQ 4).
import type { CheckContext, Rule } from './engine';
import { analyzeCnId, isProvincePrefix } from './id-numbers';
import type { RuleResult } from './types';
import type { Values } from './engine';
import {
  error,
  examLevel,
  fix,
  idKindOf,
  isFalse,
  known,
  knownRows,
  parseYearMonth,
  rowOrValue,
  toHalfWidth,
  usedEducationRows,
  warning,
  ymIndex,
} from './util';

const norm = (s: string | undefined) => toHalfWidth(s ?? '').replace(/\s/g, '');
const isAssistantCert = (row: Values) => norm(row.certificateType) === '执业助理医师';

/** The 执业助理医师 certificate rows (ticked ones when ticks are known). */
function assistantCertRows(ctx: CheckContext): Values[] | undefined {
  const rows = knownRows(ctx, 'certificates');
  if (!rows) return undefined;
  return rows.filter(
    (row) =>
      isAssistantCert(row) &&
      !isFalse(row.certificateSelected === '' ? undefined : row.certificateSelected),
  );
}

/** true/false when the education used tells whether the candidate's level is 中专. */
export function isZhongzhuan(ctx: CheckContext): boolean | undefined {
  const used = usedEducationRows(ctx)?.filter((row) => (row.educationLevel ?? '').trim() !== '');
  if (!used || used.length === 0) return undefined;
  return used.every((row) => norm(row.educationLevel).includes('中专'));
}

export const R_CERT_REQUIRED: Rule = {
  id: 'R-CERT-REQUIRED',
  fields: ['examCategory', 'certificateType'],
  dependsOn: [
    'educationLevel',
    'educationSelected',
    'certificateType',
    'certificateSelected',
    'examCategory',
  ],
  check(value, field, ctx) {
    const level = examLevel(field === 'examCategory' ? value : known(ctx.values, 'examCategory'));
    if (level !== 'physician' || isZhongzhuan(ctx) !== true) return [];
    if (field === 'certificateType') {
      if (norm(value) !== '') return [];
      return [
        error(
          '中专学历报考执业医师：证书类型请选择“执业助理医师”。',
          'Secondary-school education applying for 执业医师: choose 执业助理医师 as the certificate type.',
        ),
      ];
    }
    const certs = assistantCertRows(ctx);
    if (!certs || certs.length > 0) return [];
    return [
      error(
        '中专学历报考执业医师，须在“证书情况”中添加并选择执业助理医师证书。',
        'With 中专 education, an 执业医师 application needs your 执业助理医师 certificate: add and tick it under 证书情况.',
      ),
    ];
  },
};

export const R_CERT_TYPE: Rule = {
  id: 'R-CERT-TYPE',
  fields: ['certificateType'],
  dependsOn: ['examCategory'],
  check(value, _field, ctx) {
    if (norm(value) !== '执业助理医师(乡镇)') return [];
    const level = examLevel(known(ctx.values, 'examCategory'));
    if (level === 'assistant') return [];
    const zh = '“执业助理医师(乡镇)”证书不能用于报考执业医师：证书类型须为“执业助理医师”。';
    const en =
      'A 执业助理医师(乡镇) (township) certificate does not qualify for an 执业医师 application: the type must be 执业助理医师.';
    return [level === 'physician' ? error(zh, en) : warning(zh, en)];
  },
};

/** Reads a 医师资格证书编码 (R-CERT-NUMBER). */
export function certNumberLayout(
  s: string,
): { year: number; province: string; level: string; category: string; id: string } | undefined {
  const m = /^(\d{4})(\d{2})(\d)(\d{2})(\d{15}|\d{17}[\dXx])$/.exec(s);
  if (!m) return undefined;
  return { year: Number(m[1]), province: m[2]!, level: m[3]!, category: m[4]!, id: m[5]! };
}

export const R_CERT_ISSUE_DATE: Rule = {
  id: 'R-CERT-ISSUE-DATE',
  fields: ['certificateIssueDate'],
  dependsOn: ['certificateNumber', 'certificateType'],
  check(value, _field, ctx) {
    const v = value.trim();
    if (v === '') {
      if (
        norm(rowOrValue(ctx, 'certificateNumber')) !== '' ||
        norm(rowOrValue(ctx, 'certificateType')) !== ''
      )
        return [
          warning(
            '请填写证书上的发证年月（YYYY-MM）。',
            'Fill in the issue month printed on the certificate (YYYY-MM).',
          ),
        ];
      return [];
    }
    const ym = parseYearMonth(v);
    if (!ym) return [];
    const layout = certNumberLayout(norm(rowOrValue(ctx, 'certificateNumber')));
    if (layout && ym.year < layout.year)
      return [
        warning(
          `发证年月（${v}）早于证书编号中的年份 ${layout.year}：请对照证书核对。`,
          `The issue month (${v}) is before the year ${layout.year} in the certificate number: check the certificate.`,
        ),
      ];
    if (ym.year < 1999)
      return [
        warning(
          '医师资格证书自 1999 年起颁发：请核对发证年月。',
          'Physician qualification certificates exist since 1999: check the issue month.',
        ),
      ];
    return [];
  },
};

/** The candidate's own ID number as the certificate embeds it, when known. */
function candidateId(ctx: CheckContext): string | undefined {
  const id = known(ctx.values, 'idNumber');
  if (!id) return undefined;
  const kind = idKindOf(known(ctx.values, 'idType'));
  if (kind !== undefined && kind !== 'cn' && kind !== 'permit') return norm(id).toUpperCase();
  const a = analyzeCnId(id, ctx.today);
  if (a.problems.some((p) => p.kind !== 'lowerX')) return undefined;
  return a.compact.toUpperCase();
}

export const R_CERT_NUMBER: Rule = {
  id: 'R-CERT-NUMBER',
  fields: ['certificateNumber'],
  dependsOn: ['idNumber', 'idType'],
  check(value, _field, ctx) {
    const s = norm(value);
    if (s === '') return [];
    const kind = idKindOf(known(ctx.values, 'idType'));
    const own = candidateId(ctx);
    if (kind !== undefined && kind !== 'cn' && kind !== 'permit') {
      // Non-mainland documents: only the embedded number can be compared.
      if (own && own.length >= 6 && !s.toUpperCase().endsWith(own))
        return [
          warning(
            '证书编号中没有你的证件号码：请对照医师资格证书核对。',
            'The certificate number does not contain your ID number: check it against the certificate.',
          ),
        ];
      return [];
    }
    if (!/^\d+[Xx]?$/.test(s))
      return [
        error(
          '证书编号只能是数字（最后一位可以是 X）。',
          'The certificate number has digits only (the last may be X).',
        ),
      ];
    const layout = certNumberLayout(s);
    if (!layout)
      return [
        error(
          `医师资格证书编码为 24 或 27 位（年份 4 + 省份 2 + 级别 1 + 类别 2 + 身份证号 15 或 18），现在是 ${s.length} 位：请对照证书核对。`,
          `The certificate number has 24 or 27 characters (year 4, province 2, level 1, category 2, ID 15 or ` +
            `18); this has ${s.length}: check the certificate.`,
        ),
      ];
    const out: RuleResult[] = [];
    if (layout.year < 1998 || layout.year > ctx.today.getFullYear())
      out.push(
        error(
          `前 4 位年份「${layout.year}」不对：应在 1998 年到今年之间。`,
          `The first four digits (year ${layout.year}) must lie between 1998 and this year.`,
        ),
      );
    if (!isProvincePrefix(layout.province))
      out.push(
        warning(
          `第 5–6 位「${layout.province}」不是省份代码：请核对。`,
          `Digits 5–6 ("${layout.province}") are not a province code: check them.`,
        ),
      );
    if (own) {
      const embedded = layout.id.toUpperCase();
      const own15 = own.length === 18 ? own.slice(0, 6) + own.slice(8, 17) : own;
      if (embedded !== own && embedded !== own15)
        out.push(
          error(
            '证书编号中的身份证号与你的证件号码不一致：请核对证书编号（或证件号码）。',
            'The ID number inside the certificate number differs from your own ID number: check the ' +
              'certificate number (or your ID number).',
          ),
        );
    }
    if (out.length === 0 && /x$/.test(s))
      out.push(
        error(
          '最后一位的 x 须为大写 X。',
          'The final x must be a capital X.',
          fix(s.slice(0, -1) + 'X', '改为大写 X', 'Use a capital X'),
        ),
      );
    return out;
  },
};

export const R_CERT_REG_NUMBER: Rule = {
  id: 'R-CERT-REG-NUMBER',
  fields: ['registrationNumber', 'registrationDate'],
  dependsOn: ['certificateNumber', 'certificateIssueDate'],
  check(value, field, ctx) {
    const v = norm(value);
    if (v === '') return [];
    if (field === 'registrationDate') {
      const reg = parseYearMonth(v);
      const issue = parseYearMonth(norm(rowOrValue(ctx, 'certificateIssueDate')));
      if (reg && issue && ymIndex(reg) < ymIndex(issue))
        return [
          error(
            '注册年月早于发证年月：执业注册在取得医师资格之后，请核对。',
            'The registration month is before the issue month: registration follows the qualification; check both.',
          ),
        ];
      return [];
    }
    if (v === norm(rowOrValue(ctx, 'certificateNumber')))
      return [
        error(
          '注册编号与证书编号相同：注册编号应填《医师执业证书》上的编码，不是《医师资格证书》的编号。',
          'The registration number equals the certificate number: enter the code of the practice certificate ' +
            '(医师执业证书), not the qualification certificate.',
        ),
      ];
    if (!/^\d+$/.test(v))
      return [error('注册编号只能是数字。', 'The registration number contains digits only.')];
    if (v.length !== 15)
      return [
        warning(
          `《医师执业证书》编码一般为 15 位，这个是 ${v.length} 位：请对照执业证书核对。`,
          `A practice certificate code usually has 15 digits; this has ${v.length}: check it.`,
        ),
      ];
    return [];
  },
};

const ASSIST_ONLY_ZH = '只有已获得执业助理医师资格并报考执业医师的考生填写此项';
const ASSIST_ONLY_EN =
  'Only candidates holding the 执业助理医师 qualification and applying for 执业医师 fill this';

export const R_ASSIST_DATE: Rule = {
  id: 'R-ASSIST-DATE',
  fields: ['assistQualificationDate'],
  dependsOn: ['examCategory', 'certificateType', 'certificateIssueDate'],
  check(value, _field, ctx) {
    const v = value.trim();
    const level = examLevel(known(ctx.values, 'examCategory'));
    const certs = assistantCertRows(ctx);
    if (v === '') {
      if (level === 'physician' && certs && certs.length > 0)
        return [
          error(
            '报考执业医师的执业助理医师请填写获得执业助理医师资格年月（医师资格证书上的发证年月）。',
            'As an 执业助理医师 applying for 执业医师, fill in the month you obtained the qualification (the issue month ' +
              'on the certificate).',
          ),
        ];
      return [];
    }
    if (level === 'assistant')
      return [
        warning(
          `${ASSIST_ONLY_ZH}，报考助理医师时请留空。`,
          `${ASSIST_ONLY_EN}; leave it empty for an assistant-level exam.`,
        ),
      ];
    const ym = parseYearMonth(v);
    const dates = (certs ?? [])
      .map((row) => norm(row.certificateIssueDate))
      .filter((d) => parseYearMonth(d));
    if (ym && dates.length > 0 && !dates.includes(v))
      return [
        warning(
          `与“证书情况”中执业助理医师证书的发证年月（${dates.join('、')}）不一致：请核对。`,
          `Differs from the issue month of your 执业助理医师 certificate under 证书情况 (${dates.join(', ')}): check it.`,
        ),
      ];
    return [];
  },
};

export const R_ASSIST_REG: Rule = {
  id: 'R-ASSIST-REG',
  fields: ['assistRegistrationNumber'],
  dependsOn: ['examCategory', 'certificateType', 'registrationNumber'],
  check(value, _field, ctx) {
    const v = norm(value);
    const level = examLevel(known(ctx.values, 'examCategory'));
    const certs = assistantCertRows(ctx);
    if (v === '') {
      if (level === 'physician' && certs && certs.length > 0)
        return [
          error(
            '报考执业医师的执业助理医师请填写执业助理医师注册登记号（医师执业证书上的编码）。',
            'As an 执业助理医师 applying for 执业医师, fill in the registration number of your practice certificate.',
          ),
        ];
      return [];
    }
    if (level === 'assistant')
      return [
        warning(
          `${ASSIST_ONLY_ZH}，报考助理医师时请留空。`,
          `${ASSIST_ONLY_EN}; leave it empty for an assistant-level exam.`,
        ),
      ];
    if (!/^[0-9A-Za-z]+$/.test(v))
      return [
        error(
          '注册登记号只能是数字和字母。',
          'The registration number contains digits and letters only.',
        ),
      ];
    const regs = (certs ?? []).map((row) => norm(row.registrationNumber)).filter((r) => r !== '');
    if (regs.length > 0 && !regs.includes(v))
      return [
        warning(
          '与“证书情况”中执业助理医师证书的注册编号不一致：请核对。',
          'Differs from the registration number of your 执业助理医师 certificate under 证书情况: check it.',
        ),
      ];
    return [];
  },
};

export const CERTIFICATE_RULES: Rule[] = [
  R_CERT_REQUIRED,
  R_CERT_TYPE,
  R_CERT_ISSUE_DATE,
  R_CERT_NUMBER,
  R_CERT_REG_NUMBER,
  R_ASSIST_DATE,
  R_ASSIST_REG,
];
