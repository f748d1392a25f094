// The "touched" gate of the checks (src/page/assist.ts): a field the candidate
// has not filled yet is not an error before they got to it. Findings on an
// EMPTY field (the required rules: 请填写…, R-DIPLOMA-REQUIRED, R-CERT-REQUIRED)
// and on an unticked selection box (R-EDU-SELECTED) wait until the candidate
// edited a field of that group (of that row, for repeated rows; of the whole
// group for the selection boxes, which count across rows), left one of its
// fields (blur), or the page's own submit was attempted. A filled value is
// always checked at once: its mistakes are the candidate's own.
import { fieldByKey } from '../rules';
import type { DetectedField } from './types';

/** Button texts of the platform's own "send the form" actions (seed pages: 提交, 保存, 下一步). */
const SUBMIT_TEXT = /^\s*(提交|保存|下一步|确定提交|提交报名|save|submit|next)\s*$/i;

export interface TouchGate {
  /** Findings on this field's empty value may be shown. */
  isOpen(field: DetectedField): boolean;
  /** The candidate edited or left this field; true when that opened a gate. */
  touch(field: DetectedField): boolean;
  /** The page's submit was attempted: every gate opens; true when one was closed. */
  openAll(): boolean;
}

function gateKey(field: DetectedField): string {
  if (field.row === undefined) return field.group;
  // A selection box counts ticks across rows (R-EDU-SELECTED): its gate is the group's.
  if (fieldByKey(field.key)?.kind === 'checkbox') return `${field.group}:selection`;
  return `${field.group}#${field.row}`;
}

export function createTouchGate(): TouchGate {
  const opened = new Set<string>();
  let all = false;
  return {
    isOpen: (field) => all || opened.has(gateKey(field)),
    touch(field) {
      if (all) return false;
      const keys = [gateKey(field)];
      if (field.row !== undefined) keys.push(`${field.group}:selection`);
      let changed = false;
      for (const key of keys) {
        if (opened.has(key)) continue;
        opened.add(key);
        changed = true;
      }
      return changed;
    },
    openAll() {
      if (all) return false;
      all = true;
      return true;
    },
  };
}

/** An empty value, or an unticked box: what a required or selection rule speaks about. */
export function isUnfilled(field: DetectedField, value: string): boolean {
  if (fieldByKey(field.key)?.kind === 'checkbox') return value !== 'true';
  return value.trim() === '';
}

/**
 * Calls `onAttempt` when the page's own form is submitted or one of its
 * submit-like buttons (提交 / 保存 / 下一步) is clicked. Capture phase, passive:
 * the page's handlers run as before.
 */
export function watchSubmitAttempts(doc: Document, signal: AbortSignal, onAttempt: () => void) {
  doc.addEventListener('submit', () => onAttempt(), { capture: true, passive: true, signal });
  doc.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const button = target?.closest('button, input[type=submit], input[type=button], a');
      if (!button) return;
      const text =
        button instanceof HTMLInputElement ? button.value : (button.textContent ?? '').trim();
      const submits =
        (button as HTMLButtonElement).type === 'submit' && !!(button as HTMLButtonElement).form;
      if (submits || SUBMIT_TEXT.test(text)) onAttempt();
    },
    { capture: true, passive: true, signal },
  );
}
