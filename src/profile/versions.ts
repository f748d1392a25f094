// Versions of the profile file format and the migrations between them
// (docs/profile-format.md). Pure: no DOM, no browser API.
//
// History, honestly:
// - version 0: the first prototype wrote a FLAT record — every value keyed by
//   its catalogue key, repeated rows as `<group>.<row>.<key>` — under `values`:
//   `{ format: 'exam-assist/profile', version: 0, savedAt?, values: { name: '…', 'education.0.school': '…' } }`.
//   No release shipped it, but files of that shape exist in our own fixtures and
//   notes, so it is the honest "earlier version" every migration test starts from.
// - version 1: values grouped by the platform's groups, rows as arrays
//   (src/profile/schema.ts `profileFileSchema`).
import { z } from 'zod';
import { FIELDS, fieldByKey } from '../rules/catalogue';
import {
  PROFILE_FILE_FORMAT,
  PROFILE_FILE_VERSION,
  ROW_GROUPS,
  emptyProfile,
  profileFileSchema,
  type Profile,
  type ProfileFile,
  type RowGroupId,
} from './schema';

/** Every version a file may carry; the last is the current one. */
export const PROFILE_VERSIONS = [0, 1] as const;

/** The header every version shares: enough to know which migration to run. */
export const fileHeaderSchema = z.object({
  format: z.literal(PROFILE_FILE_FORMAT),
  version: z.number().int().min(0),
});

const MAX_ROWS = 20;

/** Version 0: the flat record. */
export const profileFileV0Schema = z
  .object({
    format: z.literal(PROFILE_FILE_FORMAT),
    version: z.literal(0),
    savedAt: z.string().datetime().optional(),
    values: z.record(z.string().max(200), z.string().max(10_000)),
  })
  .strict();
export type ProfileFileV0 = z.infer<typeof profileFileV0Schema>;

/** Why a migration or a read failed; the UI turns the code into a message. */
export type ProfileFileProblem =
  | { code: 'wrong-format' }
  | { code: 'future-version'; version: number }
  | { code: 'invalid'; issues: { path: string; message: string }[] };

export class ProfileFileError extends Error {
  constructor(readonly problem: ProfileFileProblem) {
    super(describeProblemEn(problem));
    this.name = 'ProfileFileError';
  }
}

function describeProblemEn(problem: ProfileFileProblem): string {
  switch (problem.code) {
    case 'wrong-format':
      return 'not an exam-assist profile file';
    case 'future-version':
      return `file version ${problem.version} is newer than this extension understands (${PROFILE_FILE_VERSION})`;
    case 'invalid':
      return `invalid content: ${problem.issues
        .slice(0, 3)
        .map((issue) => `${issue.path || '(file)'}: ${issue.message}`)
        .join('; ')}`;
  }
}

export function zodIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

const KNOWN_STORED = new Set(
  FIELDS.filter((field) => !field.sensitive && field.kind !== 'file').map((field) => field.key),
);

/**
 * 0 → 1: group the flat values by catalogue group and row. Sensitive keys
 * (passwords, captcha, 密码找回答案) and unknown keys are dropped, never carried
 * forward: the schema has no place for them (never stored).
 */
export function migrateV0toV1(file: ProfileFileV0): ProfileFile {
  const profile: Profile = emptyProfile();
  for (const [flatKey, text] of Object.entries(file.values)) {
    const rowMatch = /^(education|training|certificates)\.(\d{1,2})\.([A-Za-z]+)$/.exec(flatKey);
    if (rowMatch) {
      const [, group, rowText, key] = rowMatch as unknown as [string, RowGroupId, string, string];
      const row = Number(rowText);
      const field = fieldByKey(key);
      if (!field || field.group !== group || !KNOWN_STORED.has(key) || row >= MAX_ROWS) continue;
      const rows = profile[group] as Record<string, string>[];
      while (rows.length <= row) rows.push({});
      rows[row]![key] = text;
      continue;
    }
    const field = fieldByKey(flatKey);
    if (!field || field.repeats || !KNOWN_STORED.has(flatKey)) continue;
    (profile[field.group as Exclude<typeof field.group, RowGroupId>] as Record<string, string>)[
      flatKey
    ] = text;
  }
  // A gap in the flat numbering (education.0 and education.2) leaves an empty row; keep order, drop empties.
  for (const group of ROW_GROUPS) {
    const kept = (profile[group] as Record<string, string | undefined>[]).filter(
      (row) => Object.keys(row).length > 0,
    );
    (profile as Record<RowGroupId, unknown>)[group] = kept;
  }
  return {
    format: PROFILE_FILE_FORMAT,
    version: 1,
    ...(file.savedAt ? { savedAt: file.savedAt } : {}),
    profile,
  };
}

/**
 * Reads any known version of the (unencrypted) profile file and returns it at
 * the current version, fully validated. Throws ProfileFileError naming the problem.
 */
export function migrateProfileFile(raw: unknown): ProfileFile {
  const header = fileHeaderSchema.safeParse(raw);
  if (!header.success) {
    const format = (raw as { format?: unknown } | null)?.format;
    if (format !== PROFILE_FILE_FORMAT) throw new ProfileFileError({ code: 'wrong-format' });
    throw new ProfileFileError({ code: 'invalid', issues: zodIssues(header.error) });
  }
  const { version } = header.data;
  if (version > PROFILE_FILE_VERSION)
    throw new ProfileFileError({ code: 'future-version', version });
  let current: unknown = raw;
  if (version === 0) {
    const v0 = profileFileV0Schema.safeParse(current);
    if (!v0.success) throw new ProfileFileError({ code: 'invalid', issues: zodIssues(v0.error) });
    current = migrateV0toV1(v0.data);
  }
  const parsed = profileFileSchema.safeParse(current);
  if (!parsed.success)
    throw new ProfileFileError({ code: 'invalid', issues: zodIssues(parsed.error) });
  return parsed.data;
}

/** Reads a bare profile object stored at `version` (snapshot records carry one). */
export function migrateProfile(raw: unknown, version: number): Profile {
  if (version === PROFILE_FILE_VERSION) {
    return migrateProfileFile({ format: PROFILE_FILE_FORMAT, version, profile: raw }).profile;
  }
  if (version === 0)
    return migrateProfileFile({ format: PROFILE_FILE_FORMAT, version, values: raw }).profile;
  throw new ProfileFileError(
    version > PROFILE_FILE_VERSION ? { code: 'future-version', version } : { code: 'wrong-format' },
  );
}
