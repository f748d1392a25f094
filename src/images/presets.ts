// Output presets (R-PHOTO, R-MATERIAL). Limits are byte counts:
// "40 KB" is 40,000 bytes, which satisfies both readings of KB (R-PHOTO).
import type { LocalText } from '../rules/types';
import { RULE_SETS, type RuleSetId } from '../rules/rule-sets';

export type PresetId = 'guide' | 'notice' | 'material';

export interface Preset {
  id: PresetId;
  kind: 'photo' | 'material';
  label: LocalText;
  maxBytes: number;
  /** Minimum output pixels the platform asks for (0 = none stated). */
  minWidth: number;
  minHeight: number;
  /** Photo: output width:height (小2寸 33×48 mm). Material: none (no crop). */
  aspect?: number;
  /** Photo: the preferred output size (33×48 mm at 300 dpi); smaller steps are tried when quality would suffer. */
  targetWidth: number;
  targetHeight: number;
  /** Material: longest side before the byte search starts shrinking. */
  maxLongSide?: number;
  /** Output formats allowed; PNG is kept only where it is smaller (page-contract "Photo inputs"). */
  formats: readonly ('jpeg' | 'png')[];
}

const guideLimits = RULE_SETS['guide-2014'].photo;
const materialLimits = RULE_SETS['guide-2014'].material;
const noticeLimits = RULE_SETS['notice-2022'].photo;

export const PRESETS: Record<PresetId, Preset> = {
  guide: {
    id: 'guide',
    kind: 'photo',
    label: { zh: '平台指南：jpg，不超过 40 KB', en: 'Platform guide: jpg, at most 40 KB' },
    maxBytes: guideLimits.maxBytes,
    minWidth: guideLimits.minWidth,
    minHeight: guideLimits.minHeight,
    aspect: 33 / 48,
    targetWidth: 390,
    targetHeight: 567,
    formats: ['jpeg'],
  },
  notice: {
    id: 'notice',
    kind: 'photo',
    label: {
      zh: '2021 年后通知：jpg，小于 30 KB，至少 190×254 像素',
      en: 'Later notices: jpg, under 30 KB, at least 190×254 px',
    },
    maxBytes: noticeLimits.maxBytes,
    minWidth: noticeLimits.minWidth,
    minHeight: noticeLimits.minHeight,
    aspect: 33 / 48,
    targetWidth: 390,
    targetHeight: 567,
    formats: ['jpeg'],
  },
  material: {
    id: 'material',
    kind: 'material',
    label: {
      zh: '审核材料：jpg/png，不超过 200 KB，方向正确',
      en: 'Review material: jpg/png, at most 200 KB, upright',
    },
    maxBytes: materialLimits.maxBytes,
    minWidth: 0,
    minHeight: 0,
    targetWidth: 0,
    targetHeight: 0,
    maxLongSide: 2400,
    formats: ['jpeg', 'png'],
  },
};

/** Values of the `photoPreset` setting: `ruleSet` follows the active rule set's R-PHOTO limits. */
export const PHOTO_PRESET_CHOICES = ['ruleSet', 'guide', 'notice'] as const;
export type PhotoPresetChoice = (typeof PHOTO_PRESET_CHOICES)[number];

export function resolvePhotoPreset(
  choice: string | undefined,
  ruleSet: RuleSetId | string | undefined,
): Preset {
  if (choice === 'guide' || choice === 'notice') return PRESETS[choice];
  return ruleSet === 'notice-2022' ? PRESETS.notice : PRESETS.guide;
}

/** Smallest sensible photo: below this a face cannot be recognised at all; such files are refused. */
export const MIN_USABLE_PHOTO = { width: 100, height: 130 };
/** When a preset states no minimum, warn below the common platform size (R-PHOTO: 190×254). */
export const RECOMMENDED_MIN = { width: 190, height: 254 };

/** Rounded down, so a file under a limit never reads as the limit ("29,987 bytes" → "29.9 KB", not "30.0 KB"). */
export function formatBytes(n: number): string {
  const floor1 = (v: number) => (Math.floor(v * 10) / 10).toFixed(1);
  return n >= 1_000_000 ? `${floor1(n / 1_000_000)} MB` : `${floor1(n / 1000)} KB`;
}
