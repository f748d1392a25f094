// Restore a snapshot into a platform tab, shared by the popup
// (its own tab) and the options page (a chosen open tab): preview first (field,
// value now on the page, value to put), "overwrite" as a choice, then apply.
import { useEffect, useRef, useState } from 'preact/hooks';
import { findingCounts, t } from '../../i18n';
import type { Profile } from '../../profile';
import type {
  ApplyResponse,
  FlaggedOutcome,
  RestoreItem,
  RestoreOutcome,
  RestorePlan,
} from '../../messages/storage';
import { applyIn, previewIn } from './client';

const TEXT = {
  overwrite: { zh: '覆盖页面上已有的值', en: 'Overwrite values already on the page' },
  preview: { zh: '预览', en: 'Preview' },
  apply: { zh: '恢复到页面', en: 'Restore into the page' },
  field: { zh: '字段', en: 'Field' },
  onPage: { zh: '页面上现在的值', en: 'Value on the page now' },
  toPut: { zh: '要填入的值', en: 'Value to put' },
  action: { zh: '操作', en: 'Action' },
  empty: { zh: '（空）', en: '(empty)' },
  nothing: {
    zh: '此页面上没有可以从该快照恢复的字段。',
    en: 'No field on this page can be restored from this snapshot.',
  },
  noAnswer: {
    zh: '页面没有回应：请确认该标签页打开的是报名平台的表单页面，并刷新后重试。',
    en: 'The page did not answer: make sure the tab shows a platform form page, reload it and try again.',
  },
  failedTitle: { zh: '未能填入', en: 'Could not be filled' },
  filledTitle: { zh: '已填入', en: 'Filled' },
  keptTitle: {
    zh: '保留了页面上您自己的值',
    en: 'Kept: your own value is on the page',
  },
  flaggedTitle: { zh: '仍被标为有误', en: 'Still marked wrong' },
  byPage: { zh: '页面标红', en: 'marked red by the page' },
  byRules: { zh: '助手检查', en: 'by the assistant’s checks' },
  recheck: { zh: '已重新检查：', en: 'Re-checked:' },
} as const;

const ACTION = {
  fill: { zh: '填入', en: 'Fill' },
  overwrite: { zh: '覆盖', en: 'Overwrite' },
  keep: { zh: '保留页面上的值', en: 'Keep the page value' },
  same: { zh: '相同，不变', en: 'Same, unchanged' },
} as const;

function rowLabel(item: { row?: number }): string {
  return item.row === undefined
    ? ''
    : t({ zh: ` 第 ${item.row + 1} 行`, en: ` row ${item.row + 1}` });
}

export function MissingRowsNote({ plan }: { plan: RestorePlan }) {
  if (plan.missingRows.length === 0) return null;
  return (
    <div class="note warning" role="status">
      {plan.missingRows.map((missing) => (
        <p key={missing.group}>
          {t({
            zh:
              `${missing.groupLabel.zh}：快照有 ${missing.inSnapshot} 行，页面上只有 ${missing.onPage} 行。请在页面上点“+”再添加 ` +
              `${missing.inSnapshot - missing.onPage} 行，然后再恢复一次（本扩展不会替您点击页面上的按钮）。`,
            en:
              `${missing.groupLabel.en}: the snapshot has ${missing.inSnapshot} rows, the page shows ` +
              `${missing.onPage}. Press the page's "+" to add ` +
              `${missing.inSnapshot - missing.onPage} more, then restore again (the extension ` +
              `never clicks the page's buttons).`,
          })}
        </p>
      ))}
    </div>
  );
}

export function PlanTable({ items }: { items: RestoreItem[] }) {
  return (
    <table class="plan">
      <caption class="sr-only">{t(TEXT.preview)}</caption>
      <thead>
        <tr>
          <th scope="col">{t(TEXT.field)}</th>
          <th scope="col">{t(TEXT.onPage)}</th>
          <th scope="col">{t(TEXT.toPut)}</th>
          <th scope="col">{t(TEXT.action)}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr
            key={`${item.key}#${item.row ?? ''}`}
            data-key={item.key}
            data-row={item.row ?? ''}
            data-action={item.action}
          >
            <th scope="row">
              {t(item.label)}
              {rowLabel(item)}
            </th>
            {/* data-label: the column's name where the popup shows a row as a card (entrypoints/popup/style.css). */}
            <td data-label={t(TEXT.onPage)}>
              {item.current === '' ? t(TEXT.empty) : item.current}
            </td>
            <td data-label={t(TEXT.toPut)}>{item.next}</td>
            <td data-label={t(TEXT.action)}>
              {item.pageDefault
                ? t({
                    zh: `页面默认值，将替换为 ${item.next}`,
                    en: `Page default, will be replaced with ${item.next}`,
                  })
                : t(ACTION[item.action])}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function fieldName(item: { label: { zh: string; en: string }; row?: number }): string {
  return `${t(item.label)}${rowLabel(item)}`;
}

/** One line of restore's result: a count and the fields by name. */
function OutcomeList({
  kind,
  title,
  items,
  describe,
}: {
  kind: string;
  title: string;
  items: RestoreOutcome[];
  describe?: (item: RestoreOutcome) => string;
}) {
  if (items.length === 0) return null;
  return (
    <div class={`outcome ${kind}`} data-outcome={kind}>
      <p>{t({ zh: `${title}：${items.length} 个`, en: `${title}: ${items.length}` })}</p>
      <ul>
        {items.map((item) => (
          <li key={`${item.key}#${item.row ?? ''}`} data-key={item.key} data-row={item.row ?? ''}>
            {fieldName(item)}
            {describe ? `：${describe(item)}` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function RestorePanel({
  tabId,
  profile,
}: {
  tabId: number | undefined;
  profile: Profile | undefined;
}) {
  const [overwrite, setOverwrite] = useState(false);
  const [plan, setPlan] = useState<RestorePlan>();
  const [result, setResult] = useState<ApplyResponse>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setPlan(undefined);
    setResult(undefined);
    setError(undefined);
  }, [tabId, profile]);

  const preview = async (nextOverwrite = overwrite) => {
    if (tabId === undefined || !profile) return;
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      const response = await previewIn(tabId, profile, nextOverwrite);
      if (!response) setError(t(TEXT.noAnswer));
      setPlan(response?.plan);
      queueMicrotask(() => headingRef.current?.focus());
    } catch {
      setError(t(TEXT.noAnswer));
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    if (tabId === undefined || !profile) return;
    setBusy(true);
    try {
      const response = await applyIn(tabId, profile, overwrite);
      if (!response) setError(t(TEXT.noAnswer));
      setResult(response);
      if (response) setPlan(undefined);
    } catch {
      setError(t(TEXT.noAnswer));
    } finally {
      setBusy(false);
    }
  };

  const changes =
    plan?.items.filter((item) => item.action === 'fill' || item.action === 'overwrite').length ?? 0;
  const defaults = plan?.items.filter((item) => item.pageDefault) ?? [];
  const keeps = plan?.items.filter((item) => item.action === 'keep') ?? [];
  return (
    <div class="restore-panel">
      <label class="check">
        <input
          type="checkbox"
          checked={overwrite}
          onChange={(event) => {
            const next = (event.currentTarget as HTMLInputElement).checked;
            setOverwrite(next);
            if (plan) void preview(next);
          }}
        />
        {t(TEXT.overwrite)}
      </label>
      <div class="buttons">
        <button
          type="button"
          onClick={() => void preview()}
          disabled={busy || tabId === undefined || !profile}
        >
          {t(TEXT.preview)}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {plan && (
        <section aria-live="polite">
          <h3 tabIndex={-1} ref={headingRef}>
            {t({
              zh: `预览：将填入 ${changes} 个字段（其中 ${defaults.length} 个替换页面默认值），保留 ${keeps.length} 个页面上的值`,
              en:
                `Preview: ${changes} fields will be filled (${defaults.length} replace a page default), ` +
                `${keeps.length} page values kept`,
            })}
          </h3>
          <MissingRowsNote plan={plan} />
          {keeps.length > 0 && (
            <p class="note" data-testid="plan-kept">
              {t({
                zh: `保留页面上的值（不会被改动，勾选“覆盖”可替换）：${keeps.map(fieldName).join('、')}`,
                en:
                  `Kept as on the page (not changed; tick "overwrite" to replace): ` +
                  `${keeps.map(fieldName).join(', ')}`,
              })}
            </p>
          )}
          {plan.items.length === 0 ? <p>{t(TEXT.nothing)}</p> : <PlanTable items={plan.items} />}
          <button
            type="button"
            class="primary"
            onClick={() => void apply()}
            disabled={busy || changes === 0}
          >
            {t(TEXT.apply)}
          </button>
        </section>
      )}
      {result && (
        <section role="status" class="result">
          <p>
            {t({
              zh:
                `已填入 ${result.filled.length} 个，保留 ${result.kept.length} 个，未能填入 ${result.failed.length} 个，` +
                `仍有问题 ${result.flagged.length} 个。`,
              en:
                `${result.filled.length} filled, ${result.kept.length} kept, ${result.failed.length} ` +
                `failed, ${result.flagged.length} still flagged.`,
            })}{' '}
            {t(TEXT.recheck)} {t(findingCounts(result.errors, result.warnings))}
            {t({ zh: '。', en: '.' })}
          </p>
          <MissingRowsNote plan={result.plan} />
          <OutcomeList
            kind="failed"
            title={t(TEXT.failedTitle)}
            items={result.failed}
            describe={(item) => item.value}
          />
          <OutcomeList
            kind="flagged"
            title={t(TEXT.flaggedTitle)}
            items={result.flagged}
            describe={(item) =>
              (item as FlaggedOutcome).by
                .map((by) => t(by === 'page' ? TEXT.byPage : TEXT.byRules))
                .join(t({ zh: '、', en: ', ' }))
            }
          />
          <OutcomeList
            kind="kept"
            title={t(TEXT.keptTitle)}
            items={result.kept}
            describe={(item) => item.value}
          />
          <OutcomeList kind="filled" title={t(TEXT.filledTitle)} items={result.filled} />
        </section>
      )}
    </div>
  );
}
