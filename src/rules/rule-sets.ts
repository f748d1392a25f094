// Rule sets are versioned data, not constants in code (docs/spec/platform-rules.md: "rules
// differ by year"). A rule reads its limits from the active set.
import { ID_TYPES_2014, ID_TYPES_2022 } from './catalogue';
import type { LocalText } from './types';

export interface PhotoLimits {
  /** Byte limit of the output file: 40,000 satisfies both readings of "40k" (R-PHOTO). */
  maxBytes: number;
  minWidth: number;
  minHeight: number;
  /** Accepted MIME types (guide-2014: 格式 jpg). */
  types: readonly string[];
}

/** R-MATERIAL: material scans for the online review (beijing-2025). */
export interface MaterialLimits {
  /** "不超过200k": 200,000 bytes satisfies both readings. */
  maxBytes: number;
  types: readonly string[];
}

export interface RuleSet {
  id: RuleSetId;
  label: LocalText;
  /** Where the values come from. */
  source: string;
  /** R-PASSWORD length range. */
  passwordLength: { min: number; max: number };
  /** R-IDTYPE: the 证件类型 options of that year. */
  idTypes: readonly string[];
  /** R-PHOTO. */
  photo: PhotoLimits;
  /** R-MATERIAL. */
  material: MaterialLimits;
}

export const RULE_SET_IDS = ['guide-2014', 'notice-2022'] as const;
export type RuleSetId = (typeof RULE_SET_IDS)[number];

export const RULE_SETS: Record<RuleSetId, RuleSet> = {
  'guide-2014': {
    id: 'guide-2014',
    label: { zh: '平台操作指南（默认）', en: 'Platform guide (default)' },
    source: 'guide-2014: 国家医学考试服务平台网上报名操作指南 (填写说明)',
    passwordLength: { min: 5, max: 12 },
    idTypes: ID_TYPES_2014,
    photo: { maxBytes: 40_000, minWidth: 0, minHeight: 0, types: ['image/jpeg'] },
    material: { maxBytes: 200_000, types: ['image/jpeg', 'image/png'] },
  },
  'notice-2022': {
    id: 'notice-2022',
    label: { zh: '2021 年后的报名通知', en: 'Later notices (2021+)' },
    source: 'notice-2022: the 2022 填写说明 table and the 2021+ photo notices',
    passwordLength: { min: 8, max: 20 },
    idTypes: ID_TYPES_2022,
    // "< 30 KB": strictly below 30,000 bytes under either reading.
    photo: { maxBytes: 29_999, minWidth: 190, minHeight: 254, types: ['image/jpeg'] },
    material: { maxBytes: 200_000, types: ['image/jpeg', 'image/png'] },
  },
};

export const DEFAULT_RULE_SET: RuleSetId = 'guide-2014';

export function ruleSetById(id: string | undefined): RuleSet | undefined {
  return id && (RULE_SET_IDS as readonly string[]).includes(id)
    ? RULE_SETS[id as RuleSetId]
    : undefined;
}
