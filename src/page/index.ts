// The page module: the only code that touches the platform's DOM (architecture.md).
// Public API (team PLAN.md "Page module"); the practice page, backup restore and
// teach-a-field build on it.
export type {
  DetectedField,
  DetectOptions,
  FormField,
  PageAssist,
  PageAssistOptions,
  TaughtMapping,
} from './types';
export { detectFields } from './classifier';
export { matchLabel, parsePlatformId } from '../rules/matcher';
export { readFieldValue, writeFieldValue } from './values';
export { pageMarksInvalid } from './marks';
export { startPageAssist } from './assist';
