// Every rule of docs/spec/platform-rules.md, in the order of that page.
import { APPLICATION_RULES } from './application';
import { CERTIFICATE_RULES } from './certificates';
import { CONTACT_RULES } from './contact';
import { EDUCATION_RULES } from './education';
import type { Rule } from './engine';
import { FILE_RULES } from './files';
import { GENERAL_RULES } from './general';
import { ID_NUMBER_RULES } from './id-numbers';
import { IDENTITY_RULES } from './identity';
import { WORK_RULES } from './work';

const [R_NAME_CN, R_NAME_INTL, R_IDTYPE, ...REST_OF_IDENTITY] = IDENTITY_RULES as [
  Rule,
  Rule,
  Rule,
  ...Rule[],
];

export const ALL_RULES: Rule[] = [
  ...GENERAL_RULES,
  R_NAME_CN,
  R_NAME_INTL,
  R_IDTYPE,
  ...ID_NUMBER_RULES,
  ...REST_OF_IDENTITY,
  ...CONTACT_RULES,
  ...WORK_RULES,
  ...EDUCATION_RULES,
  ...CERTIFICATE_RULES,
  ...APPLICATION_RULES,
  ...FILE_RULES,
];
