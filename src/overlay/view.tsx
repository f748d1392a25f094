// Preact components of the overlay: one message per field with findings, and the
// summary badge. Text is Chinese first with English (docs/contributing.md "Text").
import type { Finding } from '../rules';
import type { OverlayItem } from './item';

export interface Placed {
  item: OverlayItem;
  rect: DOMRect;
  top: number;
  left: number;
  focused: boolean;
  activeRect?: DOMRect;
}

const SEVERITY = {
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '提醒', en: 'Warning' },
} as const;

function FindingLine({
  finding,
  element,
  onFix,
}: {
  finding: Finding;
  element: Element;
  onFix(el: Element, value: string): boolean;
}) {
  const sev = SEVERITY[finding.severity];
  return (
    <div class={`line ${finding.severity}`}>
      <span class={`sev ${finding.severity}`}>{sev.zh}</span>
      <span class="zh">{finding.message.zh}</span>
      <span class="en" lang="en">
        {finding.message.en}
      </span>
      {finding.fix && (
        <button
          type="button"
          class="fix"
          aria-label={`修正 Fix: ${finding.fix.label.zh} (${finding.fix.label.en})`}
          // Keep focus where it was: the candidate may be typing.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onFix(element, finding.fix!.value)}
        >
          修正：{finding.fix.label.zh}
        </button>
      )}
      <span class="rule">{finding.ruleId}</span>
    </div>
  );
}

export function summaryText(items: OverlayItem[]): {
  zh: string;
  en: string;
  errors: number;
  warnings: number;
} {
  let errors = 0;
  let warnings = 0;
  for (const item of items)
    for (const f of item.findings) {
      if (f.severity === 'error') errors++;
      else warnings++;
    }
  return {
    zh: `${errors} 处错误 · ${warnings} 处提醒`,
    en: `${errors} error${errors === 1 ? '' : 's'} · ${warnings} warning${warnings === 1 ? '' : 's'}`,
    errors,
    warnings,
  };
}

export function OverlayView({
  placed,
  items,
  onFix,
  onJump,
}: {
  placed: Placed[];
  items: OverlayItem[];
  onFix(el: Element, value: string): boolean;
  onJump(): void;
}) {
  const summary = summaryText(items);
  const any = summary.errors + summary.warnings > 0;
  return (
    <div class="root">
      {placed.map(({ item, rect, top, left }, index) => {
        const severity = item.findings.some((f) => f.severity === 'error') ? 'error' : 'warning';
        return (
          <div
            key={index}
            class={`msg ${severity}`}
            role="note"
            style={{ top: `${top}px`, left: `${left}px` }}
            data-field-top={String(rect.top)}
            data-field-top-raw={String(rect.top)}
            data-field-right={String(rect.right)}
          >
            {item.findings.map((finding) => (
              <FindingLine
                key={finding.ruleId}
                finding={finding}
                element={item.element}
                onFix={onFix}
              />
            ))}
          </div>
        );
      })}
      {any && (
        <button
          type="button"
          class="badge"
          onClick={onJump}
          title="转到下一处 Go to the next finding"
        >
          <span class="e">{summary.errors} 处错误</span> ·{' '}
          <span class="w">{summary.warnings} 处提醒</span>
          <span class="sr"> — {summary.en}，转到下一处 Go to next</span>
        </button>
      )}
      <div class="sr" role="status" aria-live="polite">
        {any ? `${summary.zh}（${summary.en}）` : ''}
      </div>
    </div>
  );
}
