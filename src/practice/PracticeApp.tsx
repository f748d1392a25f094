// The practice form page. Renders src/practice/form.ts as plain
// labelled native fields, like the platform's pages, so the page module detects
// them by their labels and the same rules and warning overlay run on them. The
// summary lists what is still wrong; every change is saved as the profile.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { GROUPS, type FieldDef, type Finding, type RuleSet } from '../rules';
import type { MaterialsTicks, Profile } from '../profile/schema';
import { MaterialsChecklist } from '../checklist/MaterialsChecklist';
import { photoMaxBytesFor } from '../rules/materials';
import { fill, findingCounts, t, type Locale } from '../i18n';
import { LocaleToggle } from '../i18n/LocaleToggle';
import {
  APPLICATION_STEPS,
  PROFILE_GROUPS,
  CONFIRM_RECAP,
  choicesFor,
  labelFor,
  placeholderFor,
  practiceField,
  type PracticeGroup,
  type RowGroup,
} from './form';
import {
  emptyState,
  hasContent,
  profileToState,
  stateToProfile,
  type PracticeState,
  type Values,
} from './state';
import { fieldElementId, summarize } from './summary';
import { PRACTICE_TEXT as T } from './text';

export interface PracticePersistence {
  /** The profile saved earlier, if any. */
  load(): Promise<Profile | undefined>;
  /** Saves the profile as a backup snapshot (src/messages/storage.ts). */
  save(profile: Profile): Promise<void>;
}

export interface PracticeAppProps {
  locale: Locale;
  onLocaleChange(locale: Locale): void;
  ruleSet?: RuleSet;
  persistence: PracticePersistence;
  /** `material`: the photo tool on its material preset (the checklist's scans). */
  links: { welcome: string; photo: string; options: string; material?: string };
  /** Byte limit of the active photo preset; defaults to the rule set's R-PHOTO limit. */
  photoMaxBytes?: number;
  /** The page assist's current findings, pushed whenever they change (the summary lists them). */
  subscribeFindings(listener: (findings: Finding[]) => void): () => void;
  /** Applies a finding's safe fix to the field with this DOM id, as the overlay's fix button does. */
  onFix?(elementId: string, value: string): boolean;
  /** Called once the form is in the DOM (the entry starts the page assist then). */
  onReady?(): void;
  /**
   * Called after values changed without a typing event (profile loaded, form
   * cleared, a row removed, 考点 reset): the page assist re-reads every field.
   */
  onValuesReplaced?(): void;
}

type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; reason: string };

const SAVE_DELAY_MS = 800;

/** The `name` the platform would give the field (`Edit:<Table>.<row>$<Field>`): a second detection signal. */
function platformName(def: FieldDef, row?: number): string {
  const suffix = def.idSuffixes[0] ?? def.key;
  return `Edit:Practice_${def.group}.${row ?? 0}$${suffix}`;
}

export function PracticeApp(props: PracticeAppProps) {
  const { locale } = props;
  const [state, setState] = useState<PracticeState>(emptyState);
  /** The materials checklist's ticks: kept with the profile, not a form field. */
  const [materials, setMaterials] = useState<MaterialsTicks | undefined>(undefined);
  const [loaded, setLoaded] = useState(false);
  const [restored, setRestored] = useState(false);
  const [save, setSave] = useState<SaveStatus>({ kind: 'idle' });
  const touched = useRef(false);
  const replaced = useRef(false);
  useEffect(() => {
    if (!replaced.current) return;
    replaced.current = false;
    props.onValuesReplaced?.();
  });

  useEffect(() => {
    let live = true;
    props.persistence
      .load()
      .then((profile) => {
        if (live && profile && !touched.current) {
          const loadedState = profileToState(profile);
          if (!hasContent(loadedState)) return;
          replaced.current = true;
          setState(loadedState);
          setMaterials(profile.materials);
          setRestored(true);
        }
      })
      .catch(() => {})
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (loaded) props.onReady?.();
  }, [loaded]);

  // Autosave: a short pause after the last change, like the platform's 提交 but without losing work.
  const stateRef = useRef(state);
  stateRef.current = state;
  const materialsRef = useRef(materials);
  materialsRef.current = materials;
  const currentProfile = (): Profile => {
    const profile = stateToProfile(stateRef.current);
    return materialsRef.current ? { ...profile, materials: materialsRef.current } : profile;
  };
  const doSave = async () => {
    setSave({ kind: 'saving' });
    try {
      await props.persistence.save(currentProfile());
      setSave({ kind: 'saved', at: new Date() });
    } catch (error) {
      setSave({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };
  useEffect(() => {
    if (!touched.current || !hasContent(state)) return;
    const timer = setTimeout(() => void doSave(), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state, materials]);
  const profileForList = useMemo(
    () => (materials ? { ...stateToProfile(state), materials } : stateToProfile(state)),
    [state, materials],
  );

  const update = (mutate: (draft: PracticeState) => void) => {
    touched.current = true;
    setState((previous) => {
      const draft: PracticeState = {
        values: { ...previous.values },
        rows: {
          education: previous.rows.education.map((row) => ({ ...row })),
          training: previous.rows.training.map((row) => ({ ...row })),
          certificates: previous.rows.certificates.map((row) => ({ ...row })),
        },
      };
      mutate(draft);
      return draft;
    });
  };
  const setValue = (key: string, value: string, group?: RowGroup, row?: number) =>
    update((draft) => {
      if (group !== undefined && row !== undefined) draft.rows[group][row]![key] = value;
      else {
        draft.values[key] = value;
        // 考点 depends on 考区: a site of another region is no longer a choice.
        if (key === 'examRegion' && draft.values.examSite) {
          draft.values.examSite = '';
          replaced.current = true;
        }
      }
    });

  const [findings, setFindings] = useState<Finding[]>([]);
  useEffect(() => props.subscribeFindings(setFindings), []);
  const items = useMemo(() => summarize(findings), [findings]);
  const errors = items.filter((item) => item.finding.severity === 'error').length;
  const warnings = items.length - errors;

  const field = (key: string, values: Values, group?: RowGroup, row?: number) => {
    const def = practiceField(key);
    const id = fieldElementId(key, row);
    const value = values[key] ?? '';
    const common = { id, name: platformName(def, row) };
    let control: JSX.Element;
    if (def.kind === 'checkbox') {
      control = (
        <input
          {...common}
          type="checkbox"
          checked={value === 'true'}
          onChange={(e) => setValue(key, e.currentTarget.checked ? 'true' : 'false', group, row)}
        />
      );
    } else if (def.kind === 'select') {
      const choices = choicesFor(key, props.ruleSet, { examRegion: state.values.examRegion });
      const known = value === '' || choices.includes(value);
      control = (
        <select
          {...common}
          value={value}
          onChange={(e) => setValue(key, e.currentTarget.value, group, row)}
        >
          <option value="">{t(T.choose, locale)}</option>
          {!known && <option value={value}>{value}</option>}
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      );
    } else if (def.kind === 'file') {
      control = (
        <a id={id} class="button" href={props.links.photo} target="_blank" rel="noopener">
          {t(T.photoTool, locale)}
        </a>
      );
    } else {
      control = (
        <input
          {...common}
          type="text"
          autocomplete="off"
          spellcheck={false}
          placeholder={placeholderFor(def)}
          value={value}
          onInput={(e) => setValue(key, e.currentTarget.value, group, row)}
        />
      );
    }
    return (
      <div class={`field field-${def.kind}`} key={key}>
        {def.kind === 'file' ? (
          <span class="label" id={`${id}-label`}>
            {labelFor(def)}
          </span>
        ) : (
          <label for={id}>{labelFor(def)}</label>
        )}
        {locale === 'en' && (
          <span class="label-en" aria-hidden="true">
            {def.label.en}
          </span>
        )}
        {control}
      </div>
    );
  };

  const groupSection = (group: PracticeGroup) => {
    const headingId = `group-${group.id}`;
    const rowGroup = group.addLabel ? (group.id as RowGroup) : undefined;
    return (
      <section class="group" aria-labelledby={headingId} key={group.id}>
        <div class="group-head">
          <h3 id={headingId}>
            {t(group.title, locale)}
            {locale === 'en' && <span class="zh-sub"> {group.title.zh}</span>}
          </h3>
          {rowGroup && (
            <button
              type="button"
              class="add"
              aria-label={t(group.addLabel!, locale)}
              title={t(group.addLabel!, locale)}
              onClick={() => update((draft) => void draft.rows[rowGroup].push({}))}
            >
              +
            </button>
          )}
        </div>
        {group.hint && <p class="hint">{t(group.hint, locale)}</p>}
        {!rowGroup && (
          <div class="fields">{group.fields.map((key) => field(key, state.values))}</div>
        )}
        {rowGroup && state.rows[rowGroup].length === 0 && (
          <p class="empty">{t(T.noRows, locale)}</p>
        )}
        {rowGroup &&
          state.rows[rowGroup].map((row, index) => (
            <fieldset class="row" key={index} data-practice-row={`${rowGroup}-${index}`}>
              <legend>
                {t(group.title, locale)} · {fill(t(T.row, locale), { n: index + 1 })}
              </legend>
              <div class="fields">
                {group.fields.map((key) => field(key, row, rowGroup, index))}
              </div>
              <button
                type="button"
                class="remove"
                aria-label={fill(t(T.removeRow, locale), {
                  group: t(group.title, locale),
                  n: index + 1,
                })}
                onClick={() => {
                  replaced.current = true;
                  update((draft) => void draft.rows[rowGroup].splice(index, 1));
                }}
              >
                {t(T.remove, locale)}
              </button>
            </fieldset>
          ))}
      </section>
    );
  };

  const focusField = (elementId: string) => {
    const el = document.getElementById(elementId);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  };

  return (
    <div class="practice">
      <a class="skip" href="#summary">
        {t(T.skipToSummary, locale)}
      </a>
      <header class="top">
        <h1>{t(T.title, locale)}</h1>
        <nav aria-label={t(T.title, locale)}>
          <a href={props.links.welcome}>{t(T.welcome, locale)}</a>
          <a href={props.links.photo}>{t(T.photoPage, locale)}</a>
          <a href={props.links.options}>{t(T.optionsPage, locale)}</a>
        </nav>
        <LocaleToggle locale={locale} onChange={props.onLocaleChange} />
      </header>
      <div class="layout">
        <main>
          <p class="intro">{t(T.intro, locale)}</p>
          <p class="intro">{t(T.profileNote, locale)}</p>
          {restored && (
            <p class="notice" role="status">
              {t(T.loaded, locale)}
            </p>
          )}
          <form onSubmit={(e) => e.preventDefault()} aria-label={t(T.title, locale)} novalidate>
            <section class="part" aria-labelledby="part-profile">
              <h2 id="part-profile">{t(T.profilePart, locale)}</h2>
              {PROFILE_GROUPS.map(groupSection)}
            </section>
            <section class="part" aria-labelledby="part-application">
              <h2 id="part-application">{t(T.applicationPart, locale)}</h2>
              <nav aria-label={t(T.stepBar, locale)}>
                <ol class="steps">
                  {APPLICATION_STEPS.map((step) => (
                    <li key={step.n}>
                      <a href={`#step-${step.n}`}>
                        <span class="n">{step.n}</span> {t(step.title, locale)}
                      </a>
                    </li>
                  ))}
                </ol>
              </nav>
              {APPLICATION_STEPS.map((step) => (
                <section
                  class="group step"
                  id={`step-${step.n}`}
                  aria-labelledby={`step-${step.n}-title`}
                  key={step.n}
                >
                  <h3 id={`step-${step.n}-title`}>
                    {t(T.step, locale)} {step.n} · {t(step.title, locale)}
                  </h3>
                  <ul class="notes">
                    {step.notes.map((note, i) => (
                      <li key={i}>{t(note, locale)}</li>
                    ))}
                  </ul>
                  {step.uses && (
                    <p class="uses">
                      {t(T.usesGroups, locale)}{' '}
                      {step.uses.map((groupId) => {
                        const group = GROUPS.find((g) => g.id === groupId)!;
                        return (
                          <a key={groupId} href={`#group-${groupId}`} class="chip">
                            {fill(t(T.goToGroup, locale), { group: t(group.label, locale) })}
                          </a>
                        );
                      })}
                    </p>
                  )}
                  {step.fields.length > 0 && (
                    <div class="fields">{step.fields.map((key) => field(key, state.values))}</div>
                  )}
                  {step.n === 2 && <p class="hint">{t(T.photoNote, locale)}</p>}
                  {step.n === 6 && <Recap state={state} locale={locale} />}
                </section>
              ))}
            </section>
          </form>
          <MaterialsChecklist
            profile={profileForList}
            locale={locale}
            ruleSet={props.ruleSet?.id}
            photoMaxBytes={props.photoMaxBytes ?? photoMaxBytesFor(props.ruleSet?.id)}
            links={{
              photo: props.links.photo,
              material: props.links.material ?? props.links.photo,
            }}
            onTicks={(ticks) => {
              touched.current = true;
              setMaterials(ticks);
            }}
          />
        </main>
        <aside id="summary" class="summary" aria-labelledby="summary-title" tabIndex={-1}>
          <h2 id="summary-title">{t(T.summaryTitle, locale)}</h2>
          <p
            class="count"
            role="status"
            aria-live="polite"
            aria-atomic="true"
            data-testid="summary-count"
          >
            {items.length > 0
              ? t(findingCounts(errors, warnings), locale)
              : hasContent(state)
                ? t(T.summaryNone, locale)
                : t(T.summaryEmpty, locale)}
          </p>
          {items.length > 0 && (
            <ol class="findings">
              {items.map((item) => (
                <li
                  key={`${item.elementId}/${item.finding.ruleId}`}
                  class={item.finding.severity}
                  data-rule={item.finding.ruleId}
                  data-field={item.finding.field}
                >
                  <span class="sev">
                    {t(item.finding.severity === 'error' ? T.error : T.warning, locale)}
                  </span>{' '}
                  <button type="button" class="link" onClick={() => focusField(item.elementId)}>
                    {t(item.groupLabel, locale)}
                    {item.finding.row !== undefined &&
                      ` ${fill(t(T.row, locale), { n: item.finding.row + 1 })}`}{' '}
                    · {t(item.fieldLabel, locale)}
                  </button>
                  <span class="msg">{t(item.finding.message, locale)}</span>
                  {item.finding.fix && props.onFix && (
                    // The overlay's fix buttons sit at the end of the tab order; here the fix
                    // is one Tab away (keyboard users).
                    <button
                      type="button"
                      class="fix"
                      aria-label={
                        `${t(T.fix, locale)}：${t(item.fieldLabel, locale)} → ` +
                        `${t(item.finding.fix.label, locale)}`
                      }
                      onClick={() => {
                        if (props.onFix!(item.elementId, item.finding.fix!.value))
                          document.getElementById(item.elementId)?.focus();
                      }}
                    >
                      {t(T.fix, locale)}：{t(item.finding.fix.label, locale)}
                    </button>
                  )}
                  <code class="rule">{item.finding.ruleId}</code>
                </li>
              ))}
            </ol>
          )}
          <p
            class="save"
            aria-live="polite"
            data-testid="save-status"
            data-saved-at={save.kind === 'saved' ? String(save.at.getTime()) : undefined}
          >
            {save.kind === 'saving' && t(T.saving, locale)}
            {save.kind === 'saved' &&
              fill(t(T.saved, locale), {
                time: save.at.toLocaleTimeString(locale === 'en' ? 'en' : 'zh-CN'),
              })}
            {save.kind === 'failed' && fill(t(T.saveFailed, locale), { reason: save.reason })}
          </p>
          <div class="actions">
            <button type="button" onClick={() => void doSave()} disabled={!hasContent(state)}>
              {t(T.saveNow, locale)}
            </button>
            <button
              type="button"
              onClick={() => {
                if (confirm(t(T.clearConfirm, locale))) {
                  touched.current = false;
                  replaced.current = true;
                  const empty = emptyState();
                  setState(empty);
                  setMaterials(materials && { ready: [], extra: [] });
                  setRestored(false);
                  // Saved as a new, empty version: the earlier ones stay in the history (options page).
                  stateRef.current = empty;
                  if (materialsRef.current) materialsRef.current = { ready: [], extra: [] };
                  void doSave();
                }
              }}
            >
              {t(T.clear, locale)}
            </button>
          </div>
        </aside>
      </div>
    </div>
  );
}

/** The 申请表 recap of step 6: what the platform will print, read-only (guide-2014 step 6 figure). */
function Recap({ state, locale }: { state: PracticeState; locale: Locale }) {
  const ticked = state.rows.education.find((row) => row.educationSelected === 'true');
  return (
    <section class="recap" aria-labelledby="recap-title">
      <h4 id="recap-title">{t(T.recapTitle, locale)}</h4>
      {!ticked && <p class="hint">{t(T.recapNoTick, locale)}</p>}
      <dl>
        {CONFIRM_RECAP.map((key) => {
          const def = practiceField(key);
          const value = def.repeats ? ticked?.[key] : state.values[key];
          return (
            <div key={key} data-recap={key}>
              <dt>{labelFor(def)}</dt>
              <dd>{value || t(T.recapEmpty, locale)}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
