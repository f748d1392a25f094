// The candidate's profile and its file format: the same JSON is written by the
// backup export, read by import, and checked by `npm run check`.
// Pure: no DOM, no browser API (docs/contributing.md).
import { z } from 'zod';
import { FIELDS, type GroupId } from '../rules/catalogue';
import { ROW_GROUPS, SINGLE_GROUPS, type RowGroupId } from './groups';

export { ROW_GROUPS, SINGLE_GROUPS, type RowGroupId };

/** Every value is the text the page shows (a select's option text, `true`/`false` for a checkbox). */
const value = z.string().max(10_000);

const groupSchema = (group: GroupId) =>
  z
    .object(
      Object.fromEntries(
        FIELDS.filter(
          (field) => field.group === group && !field.sensitive && field.kind !== 'file',
        ).map((field) => [field.key, value.optional()]),
      ),
    )
    .strict();

export const basicSchema = groupSchema('basic');
export const contactSchema = groupSchema('contact');
export const workSchema = groupSchema('work');
export const educationRowSchema = groupSchema('education');
export const trainingRowSchema = groupSchema('training');
export const certificateRowSchema = groupSchema('certificates');
export const applicationSchema = groupSchema('application');
export const registerSchema = groupSchema('register');

export const profileSchema = z
  .object({
    register: registerSchema.default({}),
    basic: basicSchema.default({}),
    contact: contactSchema.default({}),
    work: workSchema.default({}),
    education: z.array(educationRowSchema).max(20).default([]),
    training: z.array(trainingRowSchema).max(20).default([]),
    certificates: z.array(certificateRowSchema).max(20).default([]),
    application: applicationSchema.default({}),
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;

/** The current version of the profile file format (docs/profile-format.md). */
export const PROFILE_FILE_FORMAT = 'exam-assist/profile';
export const PROFILE_FILE_VERSION = 1;

/** One snapshot of the history an export may carry ("optionally its history"). */
export const historyEntrySchema = z
  .object({
    savedAt: z.string().datetime(),
    /** A name the candidate gave it ("2025 报名前"); unnamed = automatic. */
    name: z.string().min(1).max(100).optional(),
    profile: profileSchema,
  })
  .strict();
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const profileFileSchema = z
  .object({
    format: z.literal(PROFILE_FILE_FORMAT),
    version: z.literal(PROFILE_FILE_VERSION),
    savedAt: z.string().datetime().optional(),
    ruleSet: z.string().optional(),
    profile: profileSchema,
    history: z.array(historyEntrySchema).max(2_000).optional(),
  })
  .strict();

export type ProfileFile = z.infer<typeof profileFileSchema>;

export function emptyProfile(): Profile {
  return profileSchema.parse({});
}
