// The page module: the only code that touches the platform's DOM (docs/contributing.md).
// Public API (README "For contributors": the Page layer); the practice page, backup restore and
// teach-a-field build on it.
export type { DetectedField, FormField, PageAssist } from './types';
export { detectFields } from './classifier';
export { readFieldValue, writeFieldValue } from './values';
export { pageMarksInvalid } from './marks';
export { startPageAssist } from './assist';
