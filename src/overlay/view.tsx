// Preact components of the overlay: the full message of ONE field (the focused
// or hovered one), a small marker beside every other field with a finding, and
// the summary badge. Text is in the UI language only (src/i18n: Chinese by
// default, English under the language switch). Positions are computed by the
// host (index.tsx) with ./placement.ts; what is drawn here starts hidden and is
// moved into a free spot after measuring.
import type { Finding } from '../rules';
import { getLocale, plural, t, type Locale } from '../i18n';
import { FIX_SHORTCUT, NEXT_SHORTCUT, type OverlayItem } from './item';
import type { Box } from './placement';

const TEXT = {
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '提醒', en: 'Warning' },
  fix: { zh: '修正：', en: 'Fix: ' },
  next: { zh: '转到下一处', en: 'Go to the next problem' },
};

export interface MarkerAt {
  item: OverlayItem;
  box: Box;
}

function FindingLine({
  finding,
  element,
  onFix,
  first,
}: {
  finding: Finding;
  element: Element;
  onFix(el: Element, value: string): boolean;
  first: boolean;
}) {
  const fixLabel = finding.fix ? t(TEXT.fix) + t(finding.fix.label) : '';
  return (
    <div class={`line ${finding.severity}`}>
      <span class={`sev ${finding.severity}`}>{t(TEXT[finding.severity])}</span>
      <span class="text">{t(finding.message)}</span>
      {finding.fix && (
        <button
          type="button"
          class="fix"
          // The first fix is also one shortcut away from the field itself.
          aria-keyshortcuts={first ? FIX_SHORTCUT : undefined}
          title={first ? FIX_SHORTCUT : undefined}
          // Keep focus where it was: the candidate may be typing.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onFix(element, finding.fix!.value)}
        >
          {fixLabel}
          {first && <kbd>{FIX_SHORTCUT}</kbd>}
        </button>
      )}
      <span class="rule">{finding.ruleId}</span>
    </div>
  );
}

/** "1 处错误" / "1 error", "2 warnings": English plurals (not "1 errors"). */
export function count(n: number, kind: 'error' | 'warning', locale: Locale = getLocale()): string {
  if (locale === 'en') return plural(n, kind);
  return `${n} ${kind === 'error' ? '处错误' : '处提醒'}`;
}

export function summaryText(
  items: OverlayItem[],
  locale: Locale = getLocale(),
): { text: string; zh: string; en: string; errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const item of items)
    for (const f of item.findings) {
      if (f.severity === 'error') errors++;
      else warnings++;
    }
  const zh = `${count(errors, 'error', 'zh')} · ${count(warnings, 'warning', 'zh')}`;
  const en = `${count(errors, 'error', 'en')} · ${count(warnings, 'warning', 'en')}`;
  return { text: locale === 'en' ? en : zh, zh, en, errors, warnings };
}

function severityOf(item: OverlayItem): 'error' | 'warning' {
  return item.findings.some((f) => f.severity === 'error') ? 'error' : 'warning';
}

export function OverlayView({
  message,
  markers,
  items,
  onFix,
  onJump,
  onHover,
  onLeave,
}: {
  message?: OverlayItem;
  markers: MarkerAt[];
  items: OverlayItem[];
  onFix(el: Element, value: string): boolean;
  onJump(): void;
  /** The pointer is over a marker or the message: keep (or show) that field's message. */
  onHover(element: Element): void;
  onLeave(): void;
}) {
  const summary = summaryText(items);
  const any = summary.errors + summary.warnings > 0;
  const firstFix = message?.findings.find((f) => f.fix);
  return (
    <div class="root">
      {markers.map(({ item, box }, index) => (
        <div
          key={index}
          class={`marker ${severityOf(item)}`}
          // The field itself carries the message (aria-describedby, aria-invalid).
          aria-hidden="true"
          style={{ left: `${box.left}px`, top: `${box.top}px` }}
          onMouseEnter={() => onHover(item.element)}
          onMouseLeave={onLeave}
        >
          !
        </div>
      ))}
      {message && (
        <div
          class={`msg ${severityOf(message)}`}
          role="note"
          style={{ left: '0px', top: '0px', visibility: 'hidden' }}
          onMouseEnter={() => onHover(message.element)}
          onMouseLeave={onLeave}
        >
          {message.findings.map((finding) => (
            <FindingLine
              key={finding.ruleId}
              finding={finding}
              element={message.element}
              onFix={onFix}
              first={finding === firstFix}
            />
          ))}
        </div>
      )}
      {any && (
        <button
          type="button"
          class="badge"
          style={{ visibility: 'hidden' }}
          onClick={onJump}
          aria-keyshortcuts={NEXT_SHORTCUT}
          title={`${t(TEXT.next)} (${NEXT_SHORTCUT})`}
        >
          <span class="e">{count(summary.errors, 'error')}</span> ·{' '}
          <span class="w">{count(summary.warnings, 'warning')}</span>
          <span class="sr">
            {' '}
            — {t(TEXT.next)} ({NEXT_SHORTCUT})
          </span>
        </button>
      )}
      <div class="sr" role="status" aria-live="polite">
        {any ? summary.text : ''}
      </div>
    </div>
  );
}
