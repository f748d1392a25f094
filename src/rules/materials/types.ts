// The vocabulary of the materials checklist (报名材料清单): what a candidate
// brings to 现场资格审核 or uploads for the online review, computed from the
// profile. Pure: no DOM, no browser API (src/rules/ runs in Node too).
import type { LocalText } from '../types';

/** Stable ids: a tick in the profile (`materials.ready`) refers to one of these. */
export const MATERIAL_IDS = [
  'notice-slip',
  'id-document',
  'diploma',
  'foreign-degree-cert',
  'probation-assessment',
  'internship-form-hkmotw',
  'internship-form-foreign',
  'assistant-qualification-cert',
  'assistant-practice-cert',
  'practice-assessment',
  'first-registration',
  'institution-licence',
  'mentorship-cert',
  'graduate-pledge',
  'military-identity',
  'military-approval',
  'photo',
] as const;
export type MaterialId = (typeof MATERIAL_IDS)[number];

/** The documents the rule set is written from, described in the project's own words. */
export type SourceDocId = 'guide-review' | 'guide-faq' | 'upload-2024' | 'upload-beijing-2025';

export interface SourceDoc {
  id: SourceDocId;
  title: LocalText;
  year: number;
}

/** Where one item comes from: a document and the item or question in it. */
export interface MaterialSource {
  doc: SourceDocId;
  /** e.g. { zh: '第（三）项', en: 'item 3' } */
  item: LocalText;
}

/** How a scan of the item is uploaded where the 考区 reviews online. */
export interface ScanSpec {
  /** A fixed number of images the upload takes (身份证明: 2), when the source states one. */
  images?: number;
}

export interface MaterialItem {
  id: MaterialId;
  title: LocalText;
  /** What exactly to bring (which document, original and copy…). */
  detail: LocalText;
  /** Why it applies to this candidate: the profile values that trigger it. */
  reason: LocalText;
  sources: MaterialSource[];
  /** Present when the item is prepared as a scan (material preset of the photo tool). */
  scan?: ScanSpec;
  /** The 证件照 itself: prepared with the photo preset, not the material one. */
  photo?: true;
}

/** The profile values the checklist reads; src/profile's Profile fits this shape. */
export interface MaterialsInput {
  basic?: Record<string, string | undefined>;
  work?: Record<string, string | undefined>;
  education?: Record<string, string | undefined>[];
  certificates?: Record<string, string | undefined>[];
  application?: Record<string, string | undefined>;
}

export interface MaterialsOptions {
  /** The exam year follows from it (index.ts `examYearOf`). */
  today: Date;
  /** Byte limit of the photo under the active preset (R-PHOTO). */
  photoMaxBytes: number;
}

export interface MaterialsResult {
  /** The rule set that produced the list. */
  setId: string;
  items: MaterialItem[];
  /**
   * False when the candidate uploads nothing and goes to 现场审核 with the
   * originals (军队现役; upload-2024, 重庆): the scan links are then not offered.
   */
  upload: boolean;
  /** Why upload is false, built from the profile. */
  uploadReason?: LocalText;
}

/** One rule of a set: given the derived facts, the item or nothing. */
export interface MaterialRule {
  id: MaterialId;
  apply(facts: Facts, options: MaterialsOptions): Omit<MaterialItem, 'id'> | undefined;
}

/** What the rules need to know, derived once from the profile. */
export interface Facts {
  idType?: string;
  /** 'mainland' | 'hkmotw' | 'foreign' from 证件类型; undefined when not chosen. */
  origin?: 'mainland' | 'hkmotw' | 'foreign';
  onDutyStatus?: string;
  workUnit?: string;
  militaryIdentity?: string;
  activeDuty: boolean;
  examCategory?: string;
  examLevel?: 'physician' | 'assistant';
  /** The education rows the application uses (the ticked ones, else all). */
  usedEducation: Record<string, string | undefined>[];
  allEducation: Record<string, string | undefined>[];
  certificates: Record<string, string | undefined>[];
  examYear: number;
}

export interface MaterialSet {
  id: string;
  label: LocalText;
  sources: readonly SourceDocId[];
  rules: readonly MaterialRule[];
}
