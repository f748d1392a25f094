// Messages between the popup and the content script of the current tab
// (sent through src/messages/bus.ts): JSON only.
import type { LocalText, RuleId } from '../rules/types';

export interface PageStatusRequest {
  type: 'page:status';
}

export interface PageFieldSummary {
  key: string;
  label: LocalText;
  row?: number;
  state: 'ok' | 'warning' | 'error';
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
