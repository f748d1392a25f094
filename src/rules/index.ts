// The shared rule set's public face. Importing it installs every rule.
import { registerRules } from './engine';
import { ALL_RULES } from './all-rules';

registerRules(ALL_RULES);

export * from './types';
export * from './catalogue';
export * from './rule-sets';
export * from './engine';
export { ALL_RULES } from './all-rules';

// Pure helpers other modules use directly (photo/material preparation, ID analysis).
export { checkPhotoFile, checkMaterialFile, parseFileValue } from './files';
