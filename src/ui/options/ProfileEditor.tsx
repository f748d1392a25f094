// The profile viewed and edited by group, with the shared
// rules' findings next to each field (checkProfile, src/rules/engine.ts).
// Saving writes a new snapshot (source "edit"); nothing sensitive has a field here.
import { useMemo, useState } from 'preact/hooks';
import { findingCounts, t } from '../../i18n';
import {
  GROUPS,
  fieldsOfGroup,
  checkProfile,
  ruleSetById,
  type FieldDef,
  type Finding,
  type GroupId,
} from '../../rules';
import { ROW_GROUPS, profileSchema, type Profile, type RowGroupId } from '../../profile';

const TEXT = {
  title: { zh: '我的资料', en: 'My profile' },
  save: { zh: '保存为新快照', en: 'Save as a new snapshot' },
  saved: { zh: '已保存。', en: 'Saved.' },
  addRow: { zh: '添加一行', en: 'Add a row' },
  removeRow: { zh: '删除此行', en: 'Remove this row' },
  summary: { zh: '检查结果', en: 'Check results' },
} as const;

type Values = Record<string, string | undefined>;

const editable = (group: GroupId): FieldDef[] =>
  fieldsOfGroup(group).filter((field) => !field.sensitive && field.kind !== 'file');

function FieldInput({
  field,
  value,
  id,
  findings,
  onChange,
}: {
  field: FieldDef;
  value: string;
  id: string;
  findings: Finding[];
  onChange(value: string): void;
}) {
  const describedBy = findings.length > 0 ? `${id}-findings` : undefined;
  const state = findings.some((f) => f.severity === 'error')
    ? 'error'
    : findings.length
      ? 'warning'
      : 'ok';
  return (
    <div class={`profile-field ${state}`} data-field={field.key}>
      {field.kind === 'checkbox' ? (
        <label class="check">
          <input
            id={id}
            type="checkbox"
            checked={value === 'true'}
            aria-describedby={describedBy}
            onChange={(e) =>
              onChange((e.currentTarget as HTMLInputElement).checked ? 'true' : 'false')
            }
          />
          {t(field.label)}
        </label>
      ) : (
        <>
          <label for={id}>{t(field.label)}</label>
          <input
            id={id}
            type="text"
            value={value}
            list={field.options ? `${field.key}-options` : undefined}
            aria-invalid={state === 'error' ? 'true' : undefined}
            aria-describedby={describedBy}
            onInput={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
          />
          {field.options && (
            <datalist id={`${field.key}-options`}>
              {field.options.map((option) => (
                <option key={option} value={option} />
              ))}
            </datalist>
          )}
        </>
      )}
      {findings.length > 0 && (
        <ul id={`${id}-findings`} class="findings">
          {findings.map((finding, index) => (
            <li key={index} class={finding.severity} data-rule={finding.ruleId}>
              {t(finding.message)} <span class="rule-id">{finding.ruleId}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ProfileEditor({
  profile,
  ruleSet,
  onSave,
}: {
  profile: Profile;
  ruleSet: string;
  onSave(profile: Profile): Promise<void>;
}) {
  const [draft, setDraft] = useState<Profile>(profile);
  const [message, setMessage] = useState<string>();
  const findings = useMemo(
    () => checkProfile(draft, { ruleSet: ruleSetById(ruleSet) }),
    [draft, ruleSet],
  );

  const setSingle = (group: Exclude<GroupId, RowGroupId>, key: string, value: string) => {
    setMessage(undefined);
    setDraft((old) => {
      const values: Values = { ...(old[group] as Values) };
      if (value === '') delete values[key];
      else values[key] = value;
      return { ...old, [group]: values };
    });
  };
  const setRow = (group: RowGroupId, row: number, key: string, value: string) => {
    setMessage(undefined);
    setDraft((old) => {
      const rows = (old[group] as Values[]).map((r) => ({ ...r }));
      if (value === '') delete rows[row]![key];
      else rows[row]![key] = value;
      return { ...old, [group]: rows };
    });
  };
  const addRow = (group: RowGroupId) =>
    setDraft((old) => ({ ...old, [group]: [...(old[group] as Values[]), {}] }));
  const removeRow = (group: RowGroupId, row: number) =>
    setDraft((old) => ({
      ...old,
      [group]: (old[group] as Values[]).filter((_, index) => index !== row),
    }));

  const save = async () => {
    const parsed = profileSchema.safeParse(draft);
    if (!parsed.success) return setMessage(parsed.error.issues[0]?.message);
    await onSave(parsed.data);
    setMessage(t(TEXT.saved));
  };

  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">{t(TEXT.title)}</h2>
      <p class="summary">
        {t(TEXT.summary)}: {t(findingCounts(errors, warnings))}
      </p>
      {GROUPS.map((group) => {
        const fields = editable(group.id);
        if (fields.length === 0) return null;
        if (!group.repeats) {
          const values = draft[group.id as Exclude<GroupId, RowGroupId>] as Values;
          return (
            <fieldset key={group.id} data-group={group.id}>
              <legend>{t(group.label)}</legend>
              {fields.map((field) => (
                <FieldInput
                  key={field.key}
                  field={field}
                  id={`pf-${field.key}`}
                  value={values[field.key] ?? ''}
                  findings={findings.filter((f) => f.field === field.key && f.row === undefined)}
                  onChange={(value) =>
                    setSingle(group.id as Exclude<GroupId, RowGroupId>, field.key, value)
                  }
                />
              ))}
            </fieldset>
          );
        }
        const rowGroup = group.id as RowGroupId;
        const rows = draft[rowGroup] as Values[];
        return (
          <fieldset key={group.id} data-group={group.id}>
            <legend>{t(group.label)}</legend>
            {rows.map((row, index) => (
              <fieldset key={index} class="row">
                <legend>{t({ zh: `第 ${index + 1} 行`, en: `Row ${index + 1}` })}</legend>
                {fields.map((field) => (
                  <FieldInput
                    key={field.key}
                    field={field}
                    id={`pf-${field.key}-${index}`}
                    value={row[field.key] ?? ''}
                    findings={findings.filter((f) => f.field === field.key && f.row === index)}
                    onChange={(value) => setRow(rowGroup, index, field.key, value)}
                  />
                ))}
                <button type="button" onClick={() => removeRow(rowGroup, index)}>
                  {t(TEXT.removeRow)}
                </button>
              </fieldset>
            ))}
            {ROW_GROUPS.includes(rowGroup) && rows.length < 20 && (
              <button type="button" onClick={() => addRow(rowGroup)}>
                {t(TEXT.addRow)}（{t(group.label)}）
              </button>
            )}
          </fieldset>
        );
      })}
      <div class="buttons sticky">
        <button type="button" class="primary" onClick={() => void save()}>
          {t(TEXT.save)}
        </button>
        {message && <span role="status">{message}</span>}
      </div>
    </section>
  );
}
