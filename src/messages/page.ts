// Messages between the popup and the content script of the current tab
// (sent through src/messages/bus.ts): JSON only.
import type { LocalText, RuleId } from '../rules/types';

export interface PageStatusRequest {
  type: 'page:status';
}

export interface PageFieldSummary {
  key: string;
  /** What the field is for (src/rules/catalogue.ts `fieldName`). */
  label: LocalText;
  /** The field's group (教育经历…), for fields of a repeated row. */
  group?: LocalText;
  row?: number;
  /** `empty`: no finding and nothing filled in yet; never counted as correct. */
  state: 'ok' | 'warning' | 'error' | 'empty';
  rules: RuleId[];
}

export interface PageStatusResponse {
  type: 'page:status';
  url: string;
  fields: PageFieldSummary[];
  errors: number;
  warnings: number;
  /** Fields counted in same-origin child frames (read from their contract attributes). */
  frameFields: number;
}
