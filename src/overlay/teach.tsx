// "这个字段是… / Teach this field", inside the overlay's
// closed shadow root: the "not recognized" notice of the page summary, and the
// picker: which field on the page, then a searchable list of the catalogue's
// field names (Chinese first, English too). Keyboard: ↑/↓ move, Enter picks,
// Esc closes; the list is an ARIA combobox/listbox so a screen reader reads it.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FIELDS, GROUPS, normalizeLabel, type FieldDef } from '../rules';

export interface TeachTarget {
  element: Element;
  /** What the candidate reads next to the field. */
  label: string;
  /** The catalogue key it has now (recognized or taught), if any. */
  key?: string;
}

export interface TeachDockProps {
  /** The page looks like a registration form but few or none of its fields were recognized. */
  notRecognized: boolean;
  recognized: number;
  /** The panel is open, for this target (undefined: the candidate picks the field first). */
  open: boolean;
  target?: Element;
  /** Shows the compact "这个字段是…" button (the focused field is not recognized). */
  offer: boolean;
  targets: TeachTarget[];
  /** Last outcome, announced in a live region. */
  status?: { zh: string; en: string };
  onOpen(): void;
  onClose(): void;
  onTeach(element: Element, key: string): void;
  onExport(): void;
}

const GROUP_LABEL = new Map(GROUPS.map((g) => [g.id, g.label]));

/** Search text of a field: its Chinese label and variants, English label, key. */
function haystack(def: FieldDef): string {
  return [def.label.zh, ...def.labelVariants, def.label.en, def.key]
    .map((s) => normalizeLabel(s).toLowerCase())
    .join('\u0000');
}
const SEARCH = FIELDS.map((def) => ({ def, text: haystack(def) }));

/** Catalogue fields whose names contain every term of the query (Chinese or English). */
export function searchFields(query: string): FieldDef[] {
  const terms = query
    .toLowerCase()
    .split(/[\s,，]+/)
    .map((t) => normalizeLabel(t))
    .filter(Boolean);
  if (terms.length === 0) return FIELDS.slice();
  const hits = SEARCH.filter(({ text }) => terms.every((t) => text.includes(t)));
  // Exact label first, then label prefix, then the rest, keeping catalogue order.
  const score = (def: FieldDef) => {
    const label = normalizeLabel(def.label.zh).toLowerCase();
    if (label === terms[0]) return 0;
    if (label.startsWith(terms[0]!)) return 1;
    return 2;
  };
  return hits.map((h) => h.def).sort((a, b) => score(a) - score(b));
}

const TEXT = {
  notRecognized: {
    zh: '这个页面像是报名表，但助手没有认出其中的字段。',
    en: 'This page looks like a registration form, but the assistant did not recognize any of its fields.',
  },
  fewRecognized: {
    zh: '这个页面像是报名表，但助手只认出了其中 {n} 个字段。',
    en: 'This page looks like a registration form, but the assistant recognized only {n} of its fields.',
  },
  teach: { zh: '教助手认字段', en: 'Teach a field' },
  export: { zh: '导出页面结构', en: 'Export page outline' },
  exportHint: {
    zh: '导出的文件只有字段的结构，不含您填写的内容',
    en: 'The file holds the form structure only, none of your entries',
  },
  thisField: { zh: '这个字段是…', en: 'Teach this field' },
  title: { zh: '这个字段是…', en: 'What is this field?' },
  pageField: { zh: '页面上的字段', en: 'Field on the page' },
  search: { zh: '搜索字段名称', en: 'Search field names' },
  none: { zh: '没有匹配的字段名称', en: 'No matching field name' },
  close: { zh: '关闭', en: 'Close' },
  pick: { zh: '先选择页面上的字段', en: 'Choose the field on the page first' },
} as const;

const CSS = `
.teach-dock { position: fixed; right: 16px; bottom: 56px; pointer-events: auto; max-width: 380px;
  display: flex; flex-direction: column; gap: 6px; align-items: flex-end;
  font: 12px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2328; }
.teach-card { background: #fff; border: 1px solid #d0d7de; border-left: 4px solid #0969da; border-radius: 6px;
  box-shadow: 0 2px 8px rgba(0,0,0,.2); padding: 8px 10px; box-sizing: border-box; width: 100%; }
.teach-card p { margin: 0 0 6px; }
.teach-card .en, .teach-panel .en { color: #57606a; font-size: 11px; display: block; }
.teach-actions { display: flex; gap: 6px; flex-wrap: wrap; }
.teach-dock button { font: inherit; cursor: pointer; border-radius: 4px; border: 1px solid #d0d7de;
  background: #f6f8fa; padding: 3px 8px; color: #1f2328; }
.teach-dock button.primary { background: #0969da; border-color: #0969da; color: #fff; }
.teach-dock button:focus-visible, .teach-dock input:focus-visible,
.teach-dock select:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.teach-panel { background: #fff; border: 1px solid #d0d7de; border-radius: 6px;
  box-shadow: 0 4px 14px rgba(0,0,0,.25); padding: 10px; width: 360px; box-sizing: border-box; }
.teach-panel h2 { font-size: 14px; margin: 0 0 8px; }
.teach-panel label { display: block; margin: 6px 0 2px; font-weight: 600; }
.teach-panel select, .teach-panel input { width: 100%; box-sizing: border-box; font: inherit; padding: 3px 4px; }
.teach-list { list-style: none; margin: 6px 0 0; padding: 0; max-height: 220px; overflow: auto;
  border: 1px solid #eaeef2; border-radius: 4px; }
.teach-list li { padding: 3px 6px; cursor: pointer; display: flex; justify-content: space-between; gap: 8px; }
.teach-list li[aria-selected="true"] { background: #ddf4ff; }
.teach-list .grp { color: #8c959f; font-size: 11px; }
.teach-head { display: flex; justify-content: space-between; align-items: baseline; }
.teach-status { font-size: 12px; color: #116329; }
`;

function fill(text: string, n: number): string {
  return text.replace('{n}', String(n));
}

function TeachPanel(props: TeachDockProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<number>(() =>
    Math.max(
      0,
      props.targets.findIndex((t) => t.element === props.target),
    ),
  );
  const searchRef = useRef<HTMLInputElement>(null);
  const results = useMemo(() => searchFields(query), [query]);
  const id = useMemo(() => `teach-${Math.random().toString(36).slice(2, 8)}`, []);

  useLayoutEffect(() => {
    // The candidate asked for the picker: focus goes to its search box at once,
    // before the next keystroke (a later effect would let it land in the page's field).
    searchRef.current?.focus();
  }, []);
  useEffect(() => setActive(0), [query]);
  useEffect(() => {
    const i = props.targets.findIndex((t) => t.element === props.target);
    if (i >= 0) setChosen(i);
  }, [props.target]);

  const choose = (def: FieldDef | undefined) => {
    const target = props.targets[chosen];
    if (!def || !target) return;
    props.onTeach(target.element, def.key);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(results.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(results[active]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      props.onClose();
    }
  };

  useEffect(() => {
    searchRef.current?.parentElement
      ?.querySelector(`#${id}-opt-${active}`)
      ?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  return (
    <div
      class="teach-panel"
      role="dialog"
      aria-label={`${TEXT.title.zh} ${TEXT.title.en}`}
      onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
    >
      <div class="teach-head">
        <h2>
          {TEXT.title.zh} <span class="en">{TEXT.title.en}</span>
        </h2>
        <button
          type="button"
          onClick={props.onClose}
          aria-label={`${TEXT.close.zh} ${TEXT.close.en}`}
        >
          ×
        </button>
      </div>
      <label for={`${id}-target`}>
        {TEXT.pageField.zh} <span class="en">{TEXT.pageField.en}</span>
      </label>
      <select
        id={`${id}-target`}
        value={String(chosen)}
        onChange={(e) => setChosen(Number((e.target as HTMLSelectElement).value))}
      >
        {props.targets.map((t, i) => (
          <option key={i} value={String(i)}>
            {t.label}
          </option>
        ))}
      </select>
      <label for={`${id}-search`}>
        {TEXT.search.zh} <span class="en">{TEXT.search.en}</span>
      </label>
      <input
        ref={searchRef}
        id={`${id}-search`}
        type="search"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={results.length ? `${id}-opt-${active}` : undefined}
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <ul
        class="teach-list"
        id={`${id}-list`}
        role="listbox"
        aria-label={`${TEXT.search.zh} ${TEXT.search.en}`}
      >
        {results.length === 0 && (
          <li role="presentation">
            {TEXT.none.zh} · {TEXT.none.en}
          </li>
        )}
        {results.map((def, i) => (
          <li
            key={def.key}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active ? 'true' : 'false'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(def)}
          >
            <span>
              {def.label.zh}{' '}
              <span class="en" style="display:inline">
                {def.label.en}
              </span>
            </span>
            <span class="grp">{GROUP_LABEL.get(def.group)?.zh}</span>
          </li>
        ))}
      </ul>
      <div class="teach-actions" style="margin-top:8px">
        <button
          type="button"
          onClick={props.onExport}
          title={`${TEXT.exportHint.zh} ${TEXT.exportHint.en}`}
        >
          {TEXT.export.zh} {TEXT.export.en}
        </button>
      </div>
    </div>
  );
}

export function TeachDock(props: TeachDockProps) {
  const show = props.open || props.notRecognized || props.offer || props.status;
  if (!show) return null;
  const notice =
    props.recognized === 0
      ? TEXT.notRecognized
      : {
          zh: fill(TEXT.fewRecognized.zh, props.recognized),
          en: fill(TEXT.fewRecognized.en, props.recognized),
        };
  return (
    <div class="teach-dock">
      <style>{CSS}</style>
      {props.open && props.targets.length > 0 && <TeachPanel {...props} />}
      {props.notRecognized && !props.open && (
        <div class="teach-card" role="region" aria-label={`${notice.zh} ${notice.en}`}>
          <p>
            {notice.zh}
            <span class="en" lang="en">
              {notice.en}
            </span>
          </p>
          <div class="teach-actions">
            <button
              type="button"
              class="primary"
              onMouseDown={(e) => e.preventDefault()}
              onClick={props.onOpen}
            >
              {TEXT.teach.zh} {TEXT.teach.en}
            </button>
            <button
              type="button"
              onClick={props.onExport}
              title={`${TEXT.exportHint.zh} ${TEXT.exportHint.en}`}
            >
              {TEXT.export.zh} {TEXT.export.en}
            </button>
          </div>
        </div>
      )}
      {props.offer && !props.open && !props.notRecognized && (
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={props.onOpen}>
          {TEXT.thisField.zh} {TEXT.thisField.en}
        </button>
      )}
      <div class="teach-status" role="status" aria-live="polite">
        {props.status ? `${props.status.zh} ${props.status.en}` : ''}
      </div>
    </div>
  );
}
