// The materials checklist (报名材料清单): which papers this candidate brings to
// 现场资格审核 or uploads for the online review, computed from the profile.
// Versioned data like the field rules (src/rules/rule-sets.ts): materials
// change by year and by 考区. Pure: no DOM, no browser API. Not re-exported by
// src/rules/index.ts, so the content script does not carry it.
import { idKindOf, examLevel, toHalfWidth, isTrue } from '../util';
import { isActiveDuty } from '../work';
import { RULE_SETS, type RuleSetId } from '../rule-sets';
import type { LocalText } from '../types';
import { REVIEW_2014, OTHER_MATERIALS_SOURCE } from './review-2014';
import type {
  Facts,
  MaterialItem,
  MaterialSet,
  MaterialsInput,
  MaterialsOptions,
  MaterialsResult,
} from './types';

export * from './types';
export { SOURCE_DOCS, citeSource } from './sources';
export { OTHER_MATERIALS_SOURCE };

export const MATERIAL_SETS: Record<string, MaterialSet> = { [REVIEW_2014.id]: REVIEW_2014 };

/** The materials set a field rule set uses (both follow the platform guide's list today). */
export function materialSetFor(_ruleSet: RuleSetId | string | undefined): MaterialSet {
  return REVIEW_2014;
}

/** The photo byte limit of a field rule set (R-PHOTO), the default of `photoMaxBytes`. */
export function photoMaxBytesFor(ruleSet: RuleSetId | string | undefined): number {
  return (RULE_SETS[ruleSet as RuleSetId] ?? RULE_SETS['guide-2014']).photo.maxBytes;
}

const clean = (v: string | undefined) => {
  const s = v === undefined ? '' : toHalfWidth(v).trim();
  return s === '' || /^-*请选择-*$/.test(s) ? undefined : s;
};

/**
 * The exam year a checklist prepares for. Registration opens in January
 * (the 2024 notices: 1 月 22 日 – 2 月 4 日), so until September it is this
 * year's; from October on, a candidate is preparing next year's registration.
 */
export function examYearOf(today: Date): number {
  return today.getMonth() >= 9 ? today.getFullYear() + 1 : today.getFullYear();
}

export function deriveFacts(profile: MaterialsInput, today: Date): Facts {
  const idType = clean(profile.basic?.idType);
  const kind = idKindOf(idType);
  const origin =
    kind === 'cn' || kind === 'military'
      ? 'mainland'
      : kind === 'passport'
        ? 'foreign'
        : kind === undefined || kind === 'other'
          ? undefined
          : 'hkmotw';
  const allEducation = (profile.education ?? []).filter((row) => !!row);
  const ticked = allEducation.filter((row) => isTrue(row.educationSelected));
  const militaryIdentity = clean(profile.work?.militaryIdentity);
  const examCategory = clean(profile.application?.examCategory);
  return {
    idType,
    origin,
    onDutyStatus: clean(profile.work?.onDutyStatus),
    workUnit: clean(profile.work?.workUnit),
    militaryIdentity,
    activeDuty: militaryIdentity !== undefined && isActiveDuty(militaryIdentity),
    examCategory,
    examLevel: examLevel(examCategory),
    usedEducation: ticked.length > 0 ? ticked : allEducation,
    allEducation,
    certificates: (profile.certificates ?? []).filter((row) => !!row),
    examYear: examYearOf(today),
  };
}

/** The candidate's checklist, in the guide's order, each item with its reason and source. */
export function computeMaterials(
  profile: MaterialsInput,
  options: MaterialsOptions,
  set: MaterialSet = REVIEW_2014,
): MaterialsResult {
  const facts = deriveFacts(profile, options.today);
  const items: MaterialItem[] = [];
  for (const rule of set.rules) {
    const item = rule.apply(facts, options);
    if (item) items.push({ id: rule.id, ...item });
  }
  if (facts.activeDuty)
    return {
      setId: set.id,
      items,
      upload: false,
      // 重庆 2024: active-duty candidates upload nothing and bring the originals to 现场审核.
      uploadReason: {
        zh: `本人身份：${facts.militaryIdentity}。军队现役考生不上传材料，持原件和复印件到报名点现场审核。`,
        en:
          `Military status: ${facts.militaryIdentity}. Active-duty candidates upload nothing and bring ` +
          `originals and copies to the on-site review.`,
      },
    };
  return { setId: set.id, items, upload: true };
}

/** Item (十一): the reason line, built from the chosen 考区/考点. */
export function otherMaterialsReason(profile: MaterialsInput): LocalText {
  const region = clean(profile.application?.examRegion);
  const site = clean(profile.application?.examSite);
  if (!region)
    return {
      zh: '考区、考点规定的其他材料：详见报考所在地卫生部门的通知',
      en: 'Other materials the exam region and site ask for: see the local health authority’s notice',
    };
  const where = site ? `${region} ${site}` : region;
  return {
    zh: `报考考区/考点：${where}。该考区、考点规定的其他材料，详见当地卫生部门的通知`,
    en: `Exam region/site: ${where}. Other materials it asks for are in the local health authority’s notice`,
  };
}

/**
 * Who skips the on-site review: candidates who passed the 实践技能 test at a
 * national test base the year before register online and go straight to the
 * written exam (guide FAQ 四; 2024 四川/重庆 notices). Not in the profile: shown as a note.
 */
export const REVIEW_EXEMPTION = {
  text: {
    zh: '去年在国家实践技能考试基地考试合格、但未通过医学综合考试的考生，今年网上报名后可直接参加医学综合考试，无需现场审核。',
    en:
      'Candidates who passed last year’s practical test at a national test base but not the written exam ' +
      'register online and go straight to the written exam, without the on-site review.',
  } satisfies LocalText,
  sources: [
    { doc: 'guide-faq', item: { zh: '常见问题四', en: 'FAQ 4' } },
    { doc: 'upload-2024', item: { zh: '四川报名流程①', en: 'Sichuan step 1' } },
  ] as const,
};
