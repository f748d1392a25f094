// The page module's public types (README "For contributors": the Page layer). Other modules
// (backup restore, practice page, teach-a-field) build on these.
import type { Finding, GroupId, RuleSet } from '../rules';
import type { SplitKind } from '../rules/matcher';
import type { OverlaySlot } from '../overlay';

export type FormField = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface DetectedField {
  element: FormField;
  /** The catalogue key (src/rules/catalogue.ts). */
  key: string;
  group: GroupId;
  /** 0-based row within its repeated group (education, training, certificates), in document order. */
  row?: number;
  /**
   * One value over several boxes (毕业年月 as a year and a month select, 固定电话 as
   * 区号 and 号码): how the boxes read as one value. `element` is the first box.
   */
  split?: SplitKind;
  /** Every box of a split value, `element` first, in document order. */
  parts?: FormField[];
}

/** A field the candidate taught the extension on a site. */
export interface TaughtMapping {
  host: string;
  path: string;
  selector: string;
  key: string;
}

export interface DetectOptions {
  taught?: TaughtMapping[];
}

export interface PageAssist {
  stop(): void;
  fields(): DetectedField[];
  findings(): Finding[];
  recheckAll(): void;
}

export interface PageAssistOptions {
  ruleSet?: RuleSet;
  taught?: TaughtMapping[];
  /** Show the visible overlay (messages, badge). Default true. */
  overlay?: boolean;
  onFieldsChanged?(fields: DetectedField[]): void;
  onValuesChanged?(fields: DetectedField[]): void;
  /** Extra content in the overlay's summary area (teach-a-field, src/teach/content.ts). */
  overlaySlot?: OverlaySlot;
}
