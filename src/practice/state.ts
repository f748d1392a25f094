// What the candidate typed on the practice form, and the profile it is
// ("what the candidate enters here is the profile"). Pure:
// converts between the form's state and src/profile's Profile.
import { fieldByKey } from '../rules';
import {
  emptyProfile,
  profileSchema,
  ROW_GROUPS,
  SINGLE_GROUPS,
  type Profile,
} from '../profile/schema';
import type { RowGroup } from './form';

export type Values = Record<string, string>;

export interface PracticeState {
  /** Non-row fields by catalogue key. */
  values: Values;
  rows: Record<RowGroup, Values[]>;
}

/** A fresh form: one empty education entry (every application needs one, R-EDU-SELECTED). */
export function emptyState(): PracticeState {
  return { values: { attempts: '1' }, rows: { education: [{}], training: [], certificates: [] } };
}

/** The profile the state stands for; empty values are left out, sensitive fields never enter it. */
export function stateToProfile(state: PracticeState): Profile {
  const draft: Record<string, unknown> = emptyProfile();
  for (const [key, value] of Object.entries(state.values)) {
    const def = fieldByKey(key);
    if (!def || def.repeats || def.sensitive || def.kind === 'file' || value === '') continue;
    (draft[def.group] as Values)[key] = value;
  }
  for (const group of ROW_GROUPS) {
    draft[group] = state.rows[group].map((row) =>
      Object.fromEntries(
        Object.entries(row).filter(
          ([key, value]) => value !== '' && fieldByKey(key)?.group === group,
        ),
      ),
    );
  }
  return profileSchema.parse(draft);
}

/** The form state for a stored profile (restore into the practice form). */
export function profileToState(profile: Profile): PracticeState {
  const values: Values = {};
  for (const group of SINGLE_GROUPS) {
    for (const [key, value] of Object.entries(
      profile[group] as Record<string, string | undefined>,
    )) {
      if (value !== undefined) values[key] = value;
    }
  }
  const rows = {} as Record<RowGroup, Values[]>;
  for (const group of ROW_GROUPS) {
    rows[group] = (profile[group] as Record<string, string | undefined>[]).map(
      (row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as Values,
    );
  }
  if (rows.education.length === 0) rows.education.push({});
  return { values, rows };
}

/** True when the candidate has typed anything at all (an empty form is not worth a backup). */
export function hasContent(state: PracticeState): boolean {
  const meaningful = Object.entries(state.values).some(
    ([key, value]) => value !== '' && !(key === 'attempts' && value === '1'),
  );
  return (
    meaningful ||
    ROW_GROUPS.some((group) =>
      state.rows[group].some((row) => Object.values(row).some((v) => v !== '' && v !== 'false')),
    )
  );
}
