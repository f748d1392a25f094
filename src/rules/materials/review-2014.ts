// The materials rule set `review-2014`: the eleven 现场审核材料 of the
// platform's registration guide (src/rules/materials/sources.ts 'guide-review'),
// the additions of its FAQ ('guide-faq' 4, 5), and the upload rules of the
// 考区 that review online ('upload-2024', 'upload-beijing-2025').
// Each rule reads the derived facts (index.ts `deriveFacts`) and returns the
// item with the reason built from the candidate's own values, or nothing.
// Pure: no DOM, no browser API.
import { toHalfWidth } from '../util';
import type { LocalText } from '../types';
import type { Facts, MaterialRule, MaterialSet, MaterialSource } from './types';

const src = (doc: MaterialSource['doc'], zh: string, en: string): MaterialSource => ({
  doc,
  item: { zh, en },
});
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];
/** Item n (1–11) of the guide's list of 现场审核材料. */
const review = (n: number) => src('guide-review', `第（${NUMERALS[n - 1]}）项`, `item ${n}`);
/** The upload rules: image count, format, who uploads nothing. */
const UPLOAD = src('upload-beijing-2025', '2.2–2.3 上传的图片要求', '2.2–2.3 image requirements');

const text = (zh: string, en: string): LocalText => ({ zh, en });
const join = (parts: LocalText[], zhSep = '；', enSep = '; '): LocalText => ({
  zh: parts.map((p) => p.zh).join(zhSep),
  en: parts.map((p) => p.en).join(enSep),
});

/** The value as the candidate typed it, quoted, for reasons ("证件类型：台湾身份证"). */
const quote = (label: LocalText, value: string): LocalText =>
  text(`${label.zh}：${value}`, `${label.en}: ${value}`);

const L = {
  idType: text('证件类型', 'ID type'),
  onDuty: text('在岗情况', 'Employment status'),
  workUnit: text('工作单位名称', 'Work unit'),
  region: text('教育经历·类型', 'Education region'),
  level: text('学历', 'Education level'),
  graduation: text('毕业年月', 'Graduation'),
  exam: text('报考类别', 'Exam'),
  certificate: text('证书情况', 'Certificates'),
  registration: text('注册年月', 'Registered'),
  military: text('本人身份', 'Military status'),
};

// ---- derived questions ----

export const GRADUATE_LEVEL = /研究生|硕士|博士/;
const MENTOR_LEVEL = /师承|确有专长/;
const NO_DIPLOMA_LEVEL = /师承|确有专长|无学历/;

/** 应届: graduating in the exam year (the used education), or 当年毕业研究生. */
export function graduatingThisYear(facts: Facts): LocalText | undefined {
  if (facts.onDutyStatus === '当年毕业研究生') return quote(L.onDuty, '当年毕业研究生');
  for (const row of facts.usedEducation) {
    const year = Number(/^(\d{4})/.exec(toHalfWidth(row.graduationDate ?? '').trim())?.[1]);
    if (year >= facts.examYear)
      return text(
        `${L.graduation.zh}：${row.graduationDate}（${facts.examYear} 年报考当年毕业，应届）`,
        `${L.graduation.en}: ${row.graduationDate} (graduating in the exam year ${facts.examYear})`,
      );
  }
  return undefined;
}

/** The certificate row of an 执业助理医师 (not 乡镇: R-CERT-TYPE), if any. */
export function assistantCertificate(facts: Facts) {
  return facts.certificates.find(
    (row) => toHalfWidth(row.certificateType ?? '').replace(/\s/g, '') === '执业助理医师',
  );
}

/** 执业助理医师 applying for 执业医师: the reason, or undefined. */
export function assistantToPhysician(facts: Facts): LocalText | undefined {
  if (facts.examLevel !== 'physician') return undefined;
  const cert = assistantCertificate(facts);
  if (!cert) return undefined;
  const issued = cert.certificateIssueDate ? `（发证 ${cert.certificateIssueDate}）` : '';
  const issuedEn = cert.certificateIssueDate ? ` (issued ${cert.certificateIssueDate})` : '';
  return text(
    `${L.exam.zh}：${facts.examCategory}；${L.certificate.zh}：执业助理医师${issued}`,
    `${L.exam.en}: ${facts.examCategory}; ${L.certificate.en}: 执业助理医师${issuedEn}`,
  );
}

/**
 * Medical institutions by name: hospitals, health centres, clinics, maternal
 * and child care, sanatoria, emergency centres (the holders of a 医疗机构执业许可证).
 */
const MEDICAL_UNIT =
  /医院|卫生院|卫生室|卫生所|诊所|门诊部|卫生服务中心|卫生服务站|保健院|保健所|保健站|计划生育服务中心|疗养院|急救中心|急救站|医务室|医疗中心|医疗集团|护理院|中医馆|国医馆/;

export type UnitKind = 'medical' | 'not-a-name' | 'other';

/** Whether the unit is a medical institution, not a full name yet (R-WORKUNIT warns), or another unit. */
export function workUnitKind(unit: string): UnitKind {
  const s = toHalfWidth(unit).trim();
  if (MEDICAL_UNIT.test(s)) return 'medical';
  // R-WORKUNIT: pinyin initials or a name without Chinese characters is not the unit's full name.
  if (!/[\u3400-\u9fff]/.test(s)) return 'not-a-name';
  return 'other';
}

function idDocument(facts: Facts): LocalText {
  const type = facts.idType;
  if (!type) {
    return text(
      '本人有效身份证件（第二代居民身份证、临时身份证、军官证、警官证、文职干部证、士兵证、军队学员证；港澳台居民居住证或港澳台居民身份证；外籍考生护照）原件及复印件，须在有效期内',
      'A valid ID (second-generation resident ID card or a temporary one, military or police ID; the residence ' +
        'permit or Taiwan/Hong Kong/Macau ID card; a passport for foreign candidates), original ' +
        'and a photocopy',
    );
  }
  if (/居民身份证|临时身份证/.test(type) && !/台湾|香港|澳门/.test(type))
    return text(
      '第二代居民身份证原件及复印件（须在有效期内；过期的可用临时身份证，并尽快换证）',
      'Your second-generation resident ID card, original and a photocopy (valid; when it expired, a temporary ID card)',
    );
  if (facts.origin === 'hkmotw')
    return text(
      `港澳台居民居住证或台、港、澳居民身份证原件及复印件（你的证件类型：${type}）`,
      `Your residence permit or Taiwan/Hong Kong/Macau ID card, original and a photocopy (your ID type: ${type})`,
    );
  if (facts.origin === 'foreign')
    return text(
      '护照原件及复印件（须在有效期内）',
      'Your passport, original and a photocopy (valid)',
    );
  return text(
    `${type}原件及复印件（须在有效期内）`,
    `Your ${type}, original and a photocopy (valid)`,
  );
}

function photoLimit(maxBytes: number): LocalText {
  // "40 KB" is written as 40,000 bytes, "< 30 KB" as 29,999 (src/rules/rule-sets.ts).
  if (maxBytes % 1000 === 0)
    return text(`不超过 ${maxBytes / 1000} KB`, `at most ${maxBytes / 1000} KB`);
  const kb = Math.ceil(maxBytes / 1000);
  return text(`小于 ${kb} KB`, `under ${kb} KB`);
}

const EVERYONE = text('每位考生都须提交', 'Every candidate brings this');

// ---- the rules, in the guide's order ----

export const REVIEW_2014_RULES: readonly MaterialRule[] = [
  {
    id: 'notice-slip',
    apply: () => ({
      title: text('《医师资格考试网上报名成功通知单》', 'Online registration confirmation slip'),
      detail: text(
        '网上报名完成后在“考试报名”页打印',
        'Printed from the 考试报名 page once the online registration is done',
      ),
      reason: EVERYONE,
      sources: [review(1)],
    }),
  },
  {
    id: 'id-document',
    apply: (facts) => ({
      title: text('本人有效身份证明', 'Valid proof of identity'),
      detail: idDocument(facts),
      reason: facts.idType ? quote(L.idType, facts.idType) : EVERYONE,
      sources: [review(2), UPLOAD],
      // upload-beijing-2025 2.3: some items take a fixed number of images, 身份证明 two (front and back).
      scan: { images: 2 },
    }),
  },
  {
    id: 'diploma',
    apply: (facts) => {
      const levels = facts.usedEducation.map((row) => row.educationLevel ?? '').filter(Boolean);
      if (levels.length > 0 && levels.every((level) => NO_DIPLOMA_LEVEL.test(level)))
        return undefined;
      const level = levels[0];
      const graduating = graduatingThisYear(facts);
      const graduateStudent =
        facts.onDutyStatus === '当年毕业研究生' ||
        (graduating !== undefined && levels.some((l) => GRADUATE_LEVEL.test(l)));
      if (graduateStudent)
        return {
          title: text(
            '毕业证书原件及复印件（医学综合笔试前提交）',
            'Diploma, original and a photocopy (before the written exam)',
          ),
          detail: text(
            '报考当年将毕业的研究生：毕业证书编号可不填；医学综合笔试前须向考点提交学历证书原件及复印件',
            'A graduate student finishing this year leaves the diploma number empty and hands the diploma, ' +
              'original and a copy, to the exam site before the written exam',
          ),
          reason: graduating!,
          sources: [review(3), src('guide-faq', '常见问题一·5', 'FAQ 1.5')],
          scan: {},
        };
      return {
        title: text('毕业证书原件及复印件', 'Diploma, original and a photocopy'),
        detail: text('报考所用学历的毕业证书', 'The diploma of the education you apply with'),
        reason: level ? quote(L.level, level) : EVERYONE,
        sources: [review(3)],
        scan: {},
      };
    },
  },
  {
    id: 'foreign-degree-cert',
    apply: (facts) => {
      const row = facts.allEducation.find((r) =>
        /港澳台|国外|境外|香港|澳门|台湾/.test(r.educationRegion ?? ''),
      );
      if (!row) return undefined;
      const school = row.school ? `，${row.school}` : '';
      const schoolEn = row.school ? `, ${row.school}` : '';
      return {
        title: text('《国外学历学位认证书》', 'Foreign degree certification'),
        detail: text(
          '非大陆学历：由教育部留学服务中心出具',
          'For an education outside the mainland: issued by the Ministry of Education’s service centre for ' +
            'scholarly exchange',
        ),
        reason: text(
          `${L.region.zh}：${row.educationRegion}${school}`,
          `${L.region.en}: ${row.educationRegion}${schoolEn}`,
        ),
        sources: [review(3)],
        scan: {},
      };
    },
  },
  {
    id: 'probation-assessment',
    apply: (facts) => {
      // FAQ 4 (四): the 试用期考核证明 "or" the 执业期考核证明 — an 执业助理医师 brings the latter (below).
      if (assistantToPhysician(facts)) return undefined;
      const unit = facts.workUnit ? `（${facts.workUnit}）` : '';
      const unitEn = facts.workUnit ? ` (${facts.workUnit})` : '';
      const graduating = graduatingThisYear(facts);
      const reason = graduating
        ? join([
            graduating,
            text(`由实习机构${unit}出具`, `issued by your internship institution${unitEn}`),
          ])
        : facts.onDutyStatus
          ? join([
              quote(L.onDuty, facts.onDutyStatus),
              text(`由试用机构${unit}出具`, `issued by your probation institution${unitEn}`),
            ])
          : EVERYONE;
      return {
        title: text('《医师资格考试试用期考核证明》', 'Probation assessment certificate'),
        detail: text(
          '由考生试用（或实习）机构出具，表格可在国家医学考试网“网上报名”页面下载',
          'Issued by the institution of your probation (or internship); the form is on the platform’s 网上报名 page',
        ),
        reason,
        sources: [review(4), src('guide-faq', '常见问题二·11', 'FAQ 2.11')],
        scan: {},
      };
    },
  },
  {
    id: 'internship-form-hkmotw',
    apply: (facts) =>
      facts.origin === 'hkmotw'
        ? {
            title: text(
              '《台湾、香港、澳门居民参加国家医师资格考试实习申请审核表》',
              'Internship application review form for Taiwan, Hong Kong and Macau residents',
            ),
            detail: text(
              '台、港、澳考生须提交',
              'Taiwan, Hong Kong and Macau candidates bring this',
            ),
            reason: quote(L.idType, facts.idType!),
            sources: [review(4)],
            scan: {},
          }
        : undefined,
  },
  {
    id: 'internship-form-foreign',
    apply: (facts) =>
      facts.origin === 'foreign'
        ? {
            title: text(
              '《外籍人员参加中国医师资格考试实习申请审核表》',
              'Internship application review form for foreign nationals',
            ),
            detail: text('外籍考生须提交', 'Foreign candidates bring this'),
            reason: quote(L.idType, facts.idType!),
            sources: [review(4)],
            scan: {},
          }
        : undefined,
  },
  {
    id: 'assistant-qualification-cert',
    apply: (facts) => {
      const reason = assistantToPhysician(facts);
      if (!reason) return undefined;
      return {
        title: text(
          '执业助理医师《医师资格证书》原件及复印件',
          'Assistant physician qualification certificate, original and a photocopy',
        ),
        detail: text(
          '证书编号即“证书情况”中的证书编号',
          'The certificate whose number you entered under 证书情况',
        ),
        reason,
        sources: [review(5)],
        scan: {},
      };
    },
  },
  {
    id: 'assistant-practice-cert',
    apply: (facts) => {
      const reason = assistantToPhysician(facts);
      if (!reason) return undefined;
      return {
        title: text(
          '《医师执业证书》原件及复印件',
          'Physician practising certificate, original and a photocopy',
        ),
        detail: text(
          '注册编号即“证书情况”中的注册编号',
          'The certificate whose registration number you entered under 证书情况',
        ),
        reason,
        sources: [review(5)],
        scan: {},
      };
    },
  },
  {
    id: 'practice-assessment',
    apply: (facts) => {
      const reason = assistantToPhysician(facts);
      if (!reason) return undefined;
      return {
        title: text(
          '《执业助理医师报考执业医师执业期考核证明》',
          'Practice-period assessment certificate (assistant applying as physician)',
        ),
        detail: text('由执业机构出具', 'Issued by the institution you practise at'),
        reason,
        sources: [review(5), src('guide-faq', '常见问题一·4', 'FAQ 1.4')],
        scan: {},
      };
    },
  },
  {
    id: 'first-registration',
    apply: (facts) => {
      if (!assistantToPhysician(facts)) return undefined;
      // The practice years after registration: 5 with a 中专, 2 with a 专科 education
      // (the 执业医师 requirement an assistant applies under; docs/materials.md).
      const levels = facts.allEducation.map((row) => row.educationLevel ?? '');
      const years = levels.some((l) => l.includes('中专'))
        ? { n: 5, zh: '中专', en: 'secondary vocational' }
        : levels.some((l) => l.includes('专科'))
          ? { n: 2, zh: '专科', en: 'junior college' }
          : undefined;
      const registered = assistantCertificate(facts)?.registrationDate ?? '';
      const year = Number(/^(\d{4})/.exec(toHalfWidth(registered).trim())?.[1]);
      if (!years || !year || facts.examYear - year >= years.n) return undefined;
      return {
        title: text('首次执业注册证明', 'Proof of the first practice registration'),
        detail: text(
          '执业注册有变更记录、导致注册时间不满报考年限的，须提供首次执业注册证明',
          'When a change of registration makes the registered years too short, bring proof of the first registration',
        ),
        reason: text(
          `${L.registration.zh}：${registered}，至 ${facts.examYear} 年不满 ${years.n} 年（${years.zh}学历）`,
          `${L.registration.en}: ${registered}, under ${years.n} years before ${facts.examYear} (${years.en} ` +
            `education)`,
        ),
        sources: [review(5)],
        scan: {},
      };
    },
  },
  {
    id: 'institution-licence',
    apply: (facts) => {
      const unit = facts.workUnit?.trim() ?? '';
      const student = facts.onDutyStatus === '当年毕业研究生';
      const kind = unit ? workUnitKind(unit) : undefined;
      if (!student && kind !== 'medical' && kind !== 'not-a-name') return undefined;
      const title = student
        ? text(
            '实习机构《医疗机构执业许可证》副本复印件',
            'Copy of the internship institution’s medical institution licence',
          )
        : text(
            '工作单位《医疗机构执业许可证》副本复印件',
            'Copy of your work unit’s medical institution licence',
          );
      const parts: LocalText[] = [];
      if (student) parts.push(quote(L.onDuty, '当年毕业研究生'));
      if (unit && kind === 'not-a-name')
        parts.push(
          text(
            `${L.workUnit.zh}「${unit}」还不是单位全称（R-WORKUNIT），无法判断是否医疗机构：是医疗机构的须提交`,
            `${L.workUnit.en} "${unit}" is not the unit’s full name yet (R-WORKUNIT), so whether it is a ` +
              `medical institution is unknown: bring it if it is`,
          ),
        );
      else if (unit)
        parts.push(
          text(
            `${L.workUnit.zh}：${unit}（医疗机构）`,
            `${L.workUnit.en}: ${unit} (a medical institution)`,
          ),
        );
      return {
        title,
        detail: text(
          '工作单位是医疗机构的，提交该机构许可证副本的复印件',
          'A copy of the licence’s duplicate of the medical institution you work or intern at',
        ),
        reason: join(parts),
        sources: student ? [review(6), src('guide-faq', '常见问题一·5', 'FAQ 1.5')] : [review(6)],
        scan: {},
      };
    },
  },
  {
    id: 'mentorship-cert',
    apply: (facts) => {
      const row = facts.usedEducation.find(
        (r) =>
          MENTOR_LEVEL.test(r.educationLevel ?? '') || MENTOR_LEVEL.test(r.educationCategory ?? ''),
      );
      if (!row) return undefined;
      const value = MENTOR_LEVEL.test(row.educationLevel ?? '')
        ? row.educationLevel!
        : row.educationCategory!;
      return {
        title: text(
          '《传统医学师承出师证书》或《传统医学医术确有专长证书》',
          'Traditional medicine apprenticeship or proven-expertise certificate',
        ),
        detail: text(
          '报考传统医学师承或确有专长类别的考生提交其一',
          'Candidates of the apprenticeship or proven-expertise track bring one of them',
        ),
        reason: quote(L.level, value),
        sources: [review(7)],
        scan: {},
      };
    },
  },
  {
    id: 'graduate-pledge',
    apply: (facts) => {
      const reason = graduatingThisYear(facts);
      if (!reason) return undefined;
      return {
        title: text(
          '《应届医学专业毕业生医师资格考试报考承诺书》',
          'Pledge of this year’s medical graduates',
        ),
        detail: text('应届毕业生填写并签字', 'Filled in and signed by this year’s graduates'),
        reason,
        sources: [review(8), src('guide-faq', '常见问题一·4（附 6）', 'FAQ 1.4 (annex 6)')],
        scan: {},
      };
    },
  },
  {
    id: 'military-identity',
    apply: (facts) =>
      facts.activeDuty
        ? {
            title: text(
              '军队相关身份证明原件及复印件',
              'Military identity document, original and a photocopy',
            ),
            detail: text('军队现役考生提供', 'For active-duty candidates'),
            reason: quote(L.military, facts.militaryIdentity!),
            sources: [review(9)],
          }
        : undefined,
  },
  {
    id: 'military-approval',
    apply: (facts) =>
      facts.activeDuty
        ? {
            title: text(
              '团级以上政治部门审核同意报考的证明',
              'Approval of a political department at regiment level or above',
            ),
            detail: text('军队现役考生出具', 'For active-duty candidates'),
            reason: quote(L.military, facts.militaryIdentity!),
            sources: [review(9)],
          }
        : undefined,
  },
  {
    id: 'photo',
    apply: (_facts, options) => {
      const limit = photoLimit(options.photoMaxBytes);
      return {
        title: text('近期小 2 寸白底证件照', 'Recent small 2-inch ID photo on white'),
        detail: text(
          `6 个月内拍摄，jpg 格式，${limit.zh}（当前照片规格）`,
          `Taken within 6 months, jpg, ${limit.en} (the active photo preset)`,
        ),
        reason: EVERYONE,
        sources: [review(10)],
        photo: true,
      };
    },
  },
];

export const REVIEW_2014: MaterialSet = {
  id: 'review-2014',
  label: text(
    '平台操作指南的现场审核材料（默认）',
    'The platform guide’s review materials (default)',
  ),
  sources: ['guide-review', 'guide-faq', 'upload-2024', 'upload-beijing-2025'],
  rules: REVIEW_2014_RULES,
};

/** Item (十一): what the 考区 and 考点 add; the candidate names these items. */
export const OTHER_MATERIALS_SOURCE: MaterialSource = review(11);
