// One page session per frame (docs/page-assist.md "The page session"): the
// collected field model every feature reads. The session owns the collector
// (one MutationObserver, signals read once and in slices), the classifier and
// the taught mappings; it publishes the fields, the current findings and two
// events, `fieldsChanged` and `checked`. Features (checks, overlay, backup,
// photo inputs, teach, the popup's answer) are modules `init(session, signal)`
// registered in one list (src/content/features.ts); everything they start is
// stopped by the signal, no hand lists.
import type { Finding } from '../rules';
import type { OverlaySlot } from '../overlay';
import { Classifier } from './classifier';
import {
  FieldCollector,
  registerCollector,
  type ControlAdapter,
  type FieldSignals,
} from './collector';
import { guard } from './guard';
import type { DetectedField, FormField, TaughtMapping } from './types';

/** On <html>: `idle` when every field is collected and checked and nothing is pending, else `busy`. */
export const ATTR_CHECKS = 'data-exam-assist-checks';

export interface FieldResult {
  field: DetectedField;
  findings: Finding[];
}

/** What the checking feature tells the session (src/page/assist.ts). */
export interface Checker {
  results(): FieldResult[];
  /** Values changed and are not checked yet, or checks are queued. */
  busy(): boolean;
}

export interface SessionEvents {
  /** The recognized fields changed (came, went, or got another key or row). */
  fieldsChanged: readonly DetectedField[];
  /** Everything collected is checked and nothing is pending (the attribute turned `idle`). */
  checked: void;
  /**
   * A field's value changed without a native event (a widget library's pick:
   * src/page/widget-watch.ts); `byPerson` when a trusted click or key led to it.
   */
  valueChanged: { element: FormField; byPerson: boolean };
  /** The candidate acted on this field without editing it (taught it): its group counts as touched. */
  touched: { element: FormField };
}

/**
 * A feature of the content script: started once per frame, stopped by `signal`.
 * `prepare()` reads what the feature needs at start (its settings) while the
 * page is still loading (the content script runs at document_start); `init`
 * gets it as `Prepared`: usually read by then, so the first check of the page
 * already uses it instead of checking everything again when it arrives.
 */
export interface PageFeature<P = unknown> {
  readonly name: string;
  prepare?(): Promise<P>;
  init(session: PageSession, signal: AbortSignal, prepared?: Prepared<P>): void;
}

/** What a feature's `prepare()` read: maybe not yet (the session never waits for it). */
export interface Prepared<P> {
  /** Read before the session started. */
  readonly ready: boolean;
  /** The value when `ready` (undefined when reading failed). */
  readonly value: P | undefined;
  /** Resolves with the value (undefined when reading failed). */
  readonly promise: Promise<P | undefined>;
}

/** Calls `use` with the prepared value: now when it was read in time, else when it arrives. */
export function usePrepared<P>(
  prepared: Prepared<P> | undefined,
  signal: AbortSignal,
  use: (value: P | undefined) => void,
): void {
  if (!prepared) return;
  if (prepared.ready) use(prepared.value);
  else
    void prepared.promise.then((value) => {
      if (!signal.aborted) use(value);
    });
}

export interface PageSession {
  readonly doc: Document;
  readonly signal: AbortSignal;
  /** Recognized fields, in document order. */
  fields(): DetectedField[];
  /** Every collected control's signals (recognized or not), in document order. */
  signals(): FieldSignals[];
  /** The recognized field an element stands for. */
  fieldOf(element: Element): DetectedField | undefined;
  findings(): Finding[];
  results(): FieldResult[];
  on<E extends keyof SessionEvents>(
    event: E,
    listener: (payload: SessionEvents[E]) => void,
    signal?: AbortSignal,
  ): void;
  /** Resolves once everything is collected and checked (at once when nothing is pending). */
  whenChecked(): Promise<void>;
  taught(): readonly TaughtMapping[];
  /** New taught mappings: applied at once. */
  setTaught(list: readonly TaughtMapping[]): void;
  /** Nodes of ours (overlay host, hidden messages): their mutations are not the page's. */
  ignore(isOurs: (node: Node) => boolean): void;
  /** Collect and classify again now (after taught mappings or the rule set changed). */
  rescan(): void;
  setChecker(checker: Checker): void;
  /** The checker's state changed: it became busy, or (`finished`) a check run ended. */
  checkerChanged(finished?: boolean): void;
  /** Content next to the overlay's summary (teach-a-field registers it before the overlay starts). */
  overlaySlot: OverlaySlot | undefined;
  /** A widget library's controls (docs/page-assist.md "Control adapters"). */
  addAdapter(adapter: ControlAdapter): void;
  /** Tells the features that `element`'s value changed without a native event. */
  valueChanged(element: FormField, byPerson: boolean): void;
  /** The candidate acted on `element` (taught it): the checks treat its group as touched. */
  touched(element: FormField): void;
  /** Figures for the bench: snapshots of the field list taken, controls read. */
  stats(): { collections: number; reads: number };
  /** Starts collecting (after the features registered their listeners). */
  start(): void;
  /**
   * While the session's collect pass runs (inside its `fieldsChanged` event): the time
   * (performance.now()) by which the work of this task should yield. The checker's first
   * slice shares it, so a normal page is collected and checked in the start task.
   */
  deadline(): number | undefined;
}

/**
 * The start task's budget for collecting, classifying and checking together (of which
 * collecting gets most), and a later pass's budget for collecting: under the 50 ms
 * longest-task aim (docs/page-assist.md "Performance"); the rest follows in slices.
 */
const START_TASK_MS = 45;
const START_COLLECT_MS = 34;
const PASS_MS = 12;
/**
 * A page with at most this many controls is collected and checked whole in its start task,
 * without a budget: yielding lets the browser lay out and paint the page in between (50–150 ms
 * for a 200-field page on a loaded machine, tests/bench/content.bench.ts), far longer than the
 * rest of the work (~40 ms). Larger pages are sliced from the start.
 */
const WHOLE_START_CONTROLS = 300;

const SESSIONS = new WeakMap<Document, PageSession>();

/** The running session of a document in this frame, if any (photo inputs ask it which input is the photo). */
export function sessionOf(doc: Document): PageSession | undefined {
  return SESSIONS.get(doc);
}

export function createPageSession(
  doc: Document,
  signal: AbortSignal,
  options: { taught?: readonly TaughtMapping[] } = {},
): PageSession {
  const view = doc.defaultView ?? window;
  const collector = new FieldCollector(doc);
  const classifier = new Classifier();
  const ours: ((node: Node) => boolean)[] = [];
  const listeners: { [E in keyof SessionEvents]: Set<(payload: SessionEvents[E]) => void> } = {
    fieldsChanged: new Set(),
    checked: new Set(),
    valueChanged: new Set(),
    touched: new Set(),
  };
  let taught: readonly TaughtMapping[] = options.taught ?? [];
  let fields: DetectedField[] = [];
  let byElement = new Map<Element, DetectedField>();
  let checker: Checker | undefined;
  let scanPending = false;
  let started = false;
  let idle: boolean | undefined;
  let taskDeadline: number | undefined;
  /** The start pass did not finish in its first task: the rest goes on in slices. */
  let sliced = false;

  const emit = <E extends keyof SessionEvents>(event: E, payload: SessionEvents[E]) => {
    for (const listener of [...listeners[event]]) guard(listener)(payload);
  };

  const isBusy = () => !started || scanPending || (checker?.busy() ?? false);
  /** `checksRan`: a check run just finished (synchronously, maybe without ever looking busy). */
  const updateState = (checksRan = false) => {
    if (signal.aborted) return;
    const now = !isBusy();
    if (now !== idle) {
      idle = now;
      doc.documentElement.setAttribute(ATTR_CHECKS, now ? 'idle' : 'busy');
      if (now) emit('checked', undefined);
    } else if (now && checksRan) emit('checked', undefined);
  };

  const sameFields = (next: DetectedField[]) =>
    next.length === fields.length &&
    next.every(
      (f, i) =>
        f.element === fields[i]!.element && f.key === fields[i]!.key && f.row === fields[i]!.row,
    );

  const scan = guard(() => {
    if (signal.aborted) return;
    // Read new controls in slices (a little longer at start, so a normal page is
    // done in one go); the rest in the next task (docs/page-assist.md "Performance").
    const first = fields.length === 0;
    const whole =
      first &&
      !sliced &&
      doc.querySelectorAll('input,select,textarea').length <= WHOLE_START_CONTROLS;
    const end = whole ? Infinity : performance.now() + START_TASK_MS;
    // At start the collector gets most of the budget; classifying and the first checks the rest.
    if (!collector.collect(whole ? Infinity : first ? START_COLLECT_MS : PASS_MS)) {
      sliced = true;
      setTimeout(scan, 0);
      return;
    }
    scanPending = false;
    const next = classifier.classify(collector.snapshot(), doc, taught);
    if (!sameFields(next)) {
      fields = next;
      byElement = new Map(next.map((f) => [f.element, f]));
      taskDeadline = first ? end : undefined;
      try {
        emit('fieldsChanged', fields);
      } finally {
        taskDeadline = undefined;
      }
    }
    updateState();
  });

  const scheduleScan = () => {
    if (scanPending || signal.aborted) return;
    scanPending = true;
    updateState();
    // Batch all mutations of one frame; a hidden tab has no frames, so a timer backs it up.
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      scan();
    };
    view.requestAnimationFrame?.(run);
    setTimeout(run, 100);
  };

  const session: PageSession = {
    doc,
    signal,
    fields: () => fields.slice(),
    // The last snapshot: taken after every page change, so readers never walk the page themselves.
    signals: () => collector.latest().slice(),
    fieldOf: (element) => byElement.get(element),
    results: () => checker?.results() ?? [],
    findings: () => (checker?.results() ?? []).flatMap((r) => r.findings),
    on(event, listener, until = signal) {
      if (until.aborted) return;
      const set = listeners[event] as Set<typeof listener>;
      set.add(listener);
      until.addEventListener('abort', () => set.delete(listener), { once: true });
    },
    whenChecked() {
      return new Promise<void>((resolve) => {
        // One task first: mutations and events of the caller's last step are seen by then.
        setTimeout(() => {
          if (signal.aborted || !isBusy()) return resolve();
          const done = new AbortController();
          session.on(
            'checked',
            () => {
              done.abort();
              resolve();
            },
            AbortSignal.any([signal, done.signal]),
          );
          signal.addEventListener('abort', () => resolve(), { once: true });
        }, 0);
      });
    },
    taught: () => taught,
    setTaught(list) {
      taught = [...list];
      session.rescan();
    },
    ignore(isOurs) {
      ours.push(isOurs);
    },
    rescan: () => {
      if (!started) return;
      scanPending = true;
      scan();
    },
    setChecker(next) {
      checker = next;
    },
    checkerChanged: (finished = false) => updateState(finished),
    overlaySlot: undefined,
    addAdapter: (adapter) => {
      collector.addAdapter(adapter);
      scheduleScan();
    },
    valueChanged: (element, byPerson) => {
      if (!signal.aborted) emit('valueChanged', { element, byPerson });
    },
    touched: (element) => {
      if (!signal.aborted) emit('touched', { element });
    },
    stats: () => ({ collections: collector.collections, reads: collector.reads }),
    deadline: () => taskDeadline,
    start() {
      if (started || signal.aborted) return;
      started = true;
      collector.watch({
        signal,
        isOurs: (node) => ours.some((fn) => fn(node)),
        // Recognized fields keep their key when label text changes; the others get another look.
        forgetOnLabels: (s) => !classifier.recognized(s),
        onChange: scheduleScan,
      });
      // An either-or label's field ("证件号码/报名号") is decided by its value: again on each change.
      const onValue = (event: Event) => {
        if (event.target && classifier.dependsOnValue(event.target as Element)) scheduleScan();
      };
      for (const type of ['input', 'change'] as const)
        doc.addEventListener(type, onValue, { capture: true, passive: true, signal });
      scanPending = true;
      scan();
    },
  };

  SESSIONS.set(doc, session);
  registerCollector(doc, collector);
  doc.documentElement.setAttribute(ATTR_CHECKS, 'busy');
  signal.addEventListener(
    'abort',
    () => {
      if (SESSIONS.get(doc) === session) SESSIONS.delete(doc);
      registerCollector(doc, undefined);
      doc.documentElement.removeAttribute(ATTR_CHECKS);
    },
    { once: true },
  );
  return session;
}
