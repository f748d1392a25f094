// The materials checklist (报名材料清单) as the candidate sees it, shared by
// the options page and the end of the practice form. The list is computed by
// src/rules/materials/ from the profile; the ticks are the profile's
// `materials` (src/profile/schema.ts), saved by the page that shows it.
import { useMemo, useState } from 'preact/hooks';
import { fill, t, type Locale } from '../i18n';
import type { MaterialsTicks, Profile } from '../profile/schema';
import {
  citeSource,
  computeMaterials,
  materialSetFor,
  otherMaterialsReason,
  OTHER_MATERIALS_SOURCE,
  REVIEW_EXEMPTION,
  type MaterialItem,
} from '../rules/materials';
import { CHECKLIST_TEXT as T } from './text';
import './checklist.css';

export interface MaterialsChecklistProps {
  profile: Profile;
  locale: Locale;
  /** Byte limit of the active photo preset (R-PHOTO). */
  photoMaxBytes: number;
  /** The photo tool, and the photo tool opened on its material preset. */
  links: { photo: string; material: string };
  onTicks(ticks: MaterialsTicks): Promise<void> | void;
  /** Registration year; tests pass a fixed date. */
  today?: Date;
  /** The active field rule set: it picks the materials set (src/rules/materials). */
  ruleSet?: string;
}

const EMPTY: MaterialsTicks = { ready: [], extra: [] };

/** Prints the checklist alone (checklist.css: `html[data-print="materials"]`). */
export function printChecklist(): void {
  const root = document.documentElement;
  root.dataset.print = 'materials';
  const done = () => {
    delete root.dataset.print;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

export function MaterialsChecklist(props: MaterialsChecklistProps) {
  const { locale, profile } = props;
  const ticks = profile.materials ?? EMPTY;
  const [name, setName] = useState('');
  const [failure, setFailure] = useState<string>();
  const set = materialSetFor(props.ruleSet);
  const result = useMemo(
    () =>
      computeMaterials(
        profile,
        { today: props.today ?? new Date(), photoMaxBytes: props.photoMaxBytes },
        set,
      ),
    [profile, props.photoMaxBytes, props.today, set],
  );
  const ready = new Set(ticks.ready);
  const readyCount =
    result.items.filter((item) => ready.has(item.id)).length +
    ticks.extra.filter((e) => e.ready).length;
  const total = result.items.length + ticks.extra.length;

  const commit = (next: MaterialsTicks) => {
    setFailure(undefined);
    Promise.resolve(props.onTicks(next)).catch((error: unknown) =>
      setFailure(error instanceof Error ? error.message : String(error)),
    );
  };
  const toggle = (id: string, on: boolean) =>
    commit({
      ...ticks,
      ready: on
        ? [...ticks.ready.filter((x) => x !== id), id]
        : ticks.ready.filter((x) => x !== id),
    });
  const addOther = () => {
    const trimmed = name.trim();
    if (!trimmed || ticks.extra.length >= 20) return;
    commit({ ...ticks, extra: [...ticks.extra, { name: trimmed.slice(0, 100), ready: false }] });
    setName('');
  };

  const itemRow = (item: MaterialItem, index: number) => {
    const id = `material-${item.id}`;
    const on = ready.has(item.id);
    return (
      <li key={item.id} class="material" data-material={item.id} data-ready={String(on)}>
        <div class="material-head">
          <input
            type="checkbox"
            id={id}
            checked={on}
            aria-describedby={`${id}-why`}
            onChange={(e) => toggle(item.id, e.currentTarget.checked)}
          />
          <label for={id} class="material-title">
            <span class="n">{index + 1}.</span> {t(item.title, locale)}
          </label>
        </div>
        <p class="material-detail">{t(item.detail, locale)}</p>
        <p class="material-why" id={`${id}-why`}>
          <span class="k">{t(T.why, locale)}：</span>
          <span data-testid="reason">{t(item.reason, locale)}</span>
        </p>
        <p class="material-source">
          <span class="k">{t(T.source, locale)}：</span>
          {item.sources.map((source) => citeSource(source, locale)).join('；')}
        </p>
        {item.photo && (
          <p class="material-link">
            <a href={props.links.photo} target="_blank" rel="noopener">
              {t(T.photoLink, locale)}
            </a>
          </p>
        )}
        {item.scan && result.upload && (
          <p class="material-link">
            <a href={props.links.material} target="_blank" rel="noopener">
              {t(T.scanLink, locale)}
            </a>
            {item.scan.images !== undefined && (
              <span class="images">
                {' '}
                · {fill(t(T.scanImages, locale), { n: item.scan.images })}
              </span>
            )}
          </p>
        )}
      </li>
    );
  };

  return (
    <section class="materials" aria-labelledby="materials-title" data-testid="materials">
      <div class="materials-top">
        <h2 id="materials-title">{t(T.title, locale)}</h2>
        <button type="button" class="print" onClick={printChecklist}>
          {t(T.print, locale)}
        </button>
      </div>
      <p class="materials-intro">{t(T.intro, locale)}</p>
      <p class="materials-count" data-testid="materials-count" aria-live="polite">
        {fill(t(T.count, locale), { ready: readyCount, total })}
      </p>
      {result.upload ? (
        <p class="materials-note">{t(T.upload, locale)}</p>
      ) : (
        <p class="materials-note" data-testid="no-upload">
          <strong>{t(T.noUpload, locale)}：</strong>
          {t(result.uploadReason!, locale)}
        </p>
      )}
      <p class="materials-note">
        {t(REVIEW_EXEMPTION.text, locale)}（
        {REVIEW_EXEMPTION.sources.map((s) => citeSource(s, locale)).join('；')}）
      </p>
      <ol class="material-list">{result.items.map(itemRow)}</ol>
      <div class="materials-others" aria-labelledby="materials-others-title" role="group">
        <h3 id="materials-others-title">
          {result.items.length + 1}. {t(T.othersTitle, locale)}
        </h3>
        <p class="material-why">
          <span class="k">{t(T.why, locale)}：</span>
          {t(otherMaterialsReason(profile), locale)}
        </p>
        <p class="material-source">
          <span class="k">{t(T.source, locale)}：</span>
          {citeSource(OTHER_MATERIALS_SOURCE, locale)}
        </p>
        {ticks.extra.length === 0 && <p class="hint no-print">{t(T.othersEmpty, locale)}</p>}
        <ul class="material-extra">
          {ticks.extra.map((extra, index) => {
            const id = `material-extra-${index}`;
            return (
              <li
                key={`${index}-${extra.name}`}
                data-extra={extra.name}
                data-ready={String(extra.ready)}
              >
                <input
                  type="checkbox"
                  id={id}
                  checked={extra.ready}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    commit({
                      ...ticks,
                      extra: ticks.extra.map((x, i) => (i === index ? { ...x, ready: on } : x)),
                    });
                  }}
                />
                <label for={id}>{extra.name}</label>{' '}
                <button
                  type="button"
                  class="link no-print"
                  aria-label={fill(t(T.removeOther, locale), { name: extra.name })}
                  onClick={() =>
                    commit({ ...ticks, extra: ticks.extra.filter((_, i) => i !== index) })
                  }
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
        <div class="material-add no-print">
          <label for="material-other-name">{t(T.otherName, locale)}</label>
          <input
            id="material-other-name"
            type="text"
            maxLength={100}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addOther();
              }
            }}
          />
          <button type="button" onClick={addOther} disabled={name.trim() === ''}>
            {t(T.addOther, locale)}
          </button>
        </div>
      </div>
      <p class="materials-set" data-set={result.setId}>
        {t(T.set, locale)}：{t(set.label, locale)}
      </p>
      {failure && (
        <p class="materials-failed" role="alert">
          {fill(t(T.saveFailed, locale), { reason: failure })}
        </p>
      )}
    </section>
  );
}
