// The page module's public types (README "For contributors": the Page layer). Other modules
// (backup restore, practice page, teach-a-field) build on these.
import type { Finding, GroupId, RuleSet } from '../rules';
import type { OverlaySlot } from '../overlay';

export type FormField = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface DetectedField {
  element: FormField;
  /** The catalogue key (src/rules/catalogue.ts). */
  key: string;
  group: GroupId;
  /** 0-based row within its repeated group (education, training, certificates), in document order. */
  row?: number;
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
