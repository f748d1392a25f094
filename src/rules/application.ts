// Application rules (docs/spec/platform-rules.md "Application"; guide-2014 填写说明 加试科目, FAQ 12–14).
import { EXTRA_SUBJECTS } from './catalogue';
import type { Rule } from './engine';
import { permitKind } from './id-numbers';
import { error, examLevel, idKindOf, known, toHalfWidth, warning } from './util';
import { isActiveDuty, militaryOptionIndex } from './work';

export const R_EXTRA_SUBJECT: Rule = {
  id: 'R-EXTRA-SUBJECT',
  fields: ['extraSubject'],
  dependsOn: ['militaryIdentity', 'examCategory'],
  check(value, _field, ctx) {
    const v = toHalfWidth(value).trim();
    if (v === '' || v === '无' || v === '请选择' || v.startsWith('不') || v.startsWith('无'))
      return [];
    if (!(EXTRA_SUBJECTS as readonly string[]).includes(v))
      return [
        warning(
          `加试科目一般为：${EXTRA_SUBJECTS.join('、')}。`,
          `The extra subject is usually one of: ${EXTRA_SUBJECTS.join(', ')}.`,
        ),
      ];
    if (v === '军事医学') {
      const identity = known(ctx.values, 'militaryIdentity');
      if (identity === undefined) return [];
      if (identity.trim() === '' || identity.trim() === '无' || militaryOptionIndex(identity) < 0)
        return [
          error(
            '只有现役军人（军队、武警、公安部所属边防、消防、警卫现役人员）才能选“军事医学”。',
            'Only active military (军队, 武警, or the 公安 border/fire/guard forces) may choose 军事医学.',
          ),
        ];
      if (!isActiveDuty(identity))
        return [
          error(
            '聘用地方人员不能参加军事医学加试：只有现役人员（本人身份第 1、2、4、5 项）可以选择。',
            'Hired civilians cannot take 军事医学: only active duty (military status options 1, 2, 4, 5).',
          ),
        ];
      return [];
    }
    const category = known(ctx.values, 'examCategory');
    if (category === undefined || category.trim() === '') return [];
    const clinicalPhysician = category.includes('临床') && examLevel(category) === 'physician';
    if (!clinicalPhysician)
      return [
        error(
          `“${v}”加试只限报考临床执业医师、并在该岗位工作的考生。`,
          `The ${v} extra subject is only for 临床执业医师 candidates working in that post.`,
        ),
      ];
    return [];
  },
};

export const R_ATTEMPTS: Rule = {
  id: 'R-ATTEMPTS',
  fields: ['attempts'],
  check(value) {
    const s = toHalfWidth(value).trim();
    if (s === '') return [];
    if (!/^\d+$/.test(s) || Number(s) < 1)
      return [
        error(
          '累计报考次数为不小于 1 的整数（第一次报考填 1）。',
          'A whole number of at least 1 (1 for a first attempt).',
        ),
      ];
    if (s.length > 1 && s.startsWith('0'))
      return [error('累计报考次数不要以 0 开头。', 'No leading zero.')];
    if (Number(s) > 30)
      return [
        warning(
          '累计报考次数异常大：请核对（只计同一级别、同一类别）。',
          'Unusually many attempts: check it (same level and category only).',
        ),
      ];
    return [];
  },
};

export const R_HKMOTW_PERMIT: Rule = {
  id: 'R-HKMOTW-PERMIT',
  fields: ['hkmotwPermit'],
  dependsOn: ['idType', 'idNumber'],
  check(value, _field, ctx) {
    const kind = idKindOf(known(ctx.values, 'idType'));
    const hkmotw =
      kind === 'tw' ||
      kind === 'hk' ||
      kind === 'mo' ||
      kind === 'permit' ||
      kind === 'twPermit' ||
      kind === 'hkmoPermit';
    if (value.trim() === '') {
      if (!hkmotw) return [];
      if (kind === 'twPermit' || kind === 'hkmoPermit') return [];
      return [
        error(
          '台湾、香港、澳门考生须填写往来大陆通行证号码。',
          'Taiwan, Hong Kong and Macau candidates fill in the mainland travel permit number.',
        ),
      ];
    }
    if (kind === 'cn' || kind === 'military' || kind === 'passport')
      return [
        warning(
          '往来大陆通行证只由台湾、香港、澳门考生填写：请核对证件类型。',
          'Only Taiwan/HK/Macau candidates fill the travel permit: check the ID type.',
        ),
      ];
    // The format itself is R-ID-TWPERMIT / R-ID-HKMOPERMIT; here only what neither shape explains.
    const pk = permitKind(ctx, value);
    if (pk === undefined)
      return [
        error(
          '通行证号码应为台湾 8 或 10 位数字，或港澳 H/M 开头加 8 位数字。',
          'A permit number is 8 or 10 digits (Taiwan) or H/M and 8 digits (HK/Macau).',
        ),
      ];
    return [];
  },
};

export const APPLICATION_RULES: Rule[] = [R_EXTRA_SUBJECT, R_ATTEMPTS, R_HKMOTW_PERMIT];
