// The popup (owner: page engineer): this tab's recognized fields with their
// finding counts, asked from the tab's content script (src/messages/page.ts),
// the per-site switch for other registration hosts (src/hosts/), and the
// sections other areas provide (backup).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { plural, t, UNOFFICIAL } from '../../i18n';
import type { PageFieldSummary, PageStatusResponse } from '../../messages/page';
import { sendToTab } from '../../messages/bus';
import { disableHost, enableHost, isHostEnabled, switchableHost } from '../../hosts';
import { BackupSection } from './BackupSection';
import { PopupLinks } from '../../practice/PopupLinks';

const TEXT = {
  title: { zh: '医师资格考试报名助手', en: 'Exam Registration Assistant' },
  thisPage: { zh: '本页', en: 'This page' },
  fields: (n: number) => ({
    zh: `识别到 ${n} 个字段`,
    en: `${n} field${n === 1 ? '' : 's'} recognized`,
  }),
  counts: (e: number, w: number) => ({
    zh: `${e} 处错误 · ${w} 处提醒`,
    en: `${plural(e, 'error')} · ${plural(w, 'warning')}`,
  }),
  notRunning: { zh: '助手没有在此页面上运行。', en: 'The assistant is not running on this page.' },
  noFields: {
    zh: '此页面上没有识别到报名字段。',
    en: 'No registration field was recognized on this page.',
  },
  loading: { zh: '正在读取…', en: 'Loading…' },
  platform: {
    zh: '国家医学考试服务平台：始终开启。',
    en: 'National medical exam platform: always on.',
  },
  siteSwitch: (host: string) => ({
    zh: `在此网站启用（${host}）`,
    en: `Enable on this site (${host})`,
  }),
  siteHelp: {
    zh: '省级考生服务系统等其他报名网站：开启后助手会在该网站检查表单。需要授予该网站的访问权限。',
    en:
      'Other registration sites (provincial systems): the assistant checks forms there once switched on. ' +
      'This asks for access to that site.',
  },
  denied: {
    zh: '没有获得该网站的访问权限，未开启。',
    en: 'Access to the site was not granted; not switched on.',
  },
  switchedOff: {
    zh: '已关闭。重新加载页面后生效。',
    en: 'Switched off. Takes effect when the page reloads.',
  },
  /** The lists, in this order: what to fix first, then what is still blank. */
  lists: {
    error: (n: number) => ({ zh: `错误（${n}）`, en: `Error${n === 1 ? '' : 's'} (${n})` }),
    warning: (n: number) => ({ zh: `提醒（${n}）`, en: `Warning${n === 1 ? '' : 's'} (${n})` }),
    empty: (n: number) => ({ zh: `未填写（${n}）`, en: `Not filled in (${n})` }),
    ok: (n: number) => ({
      zh: `已填写，未发现问题（${n}）`,
      en: `Filled in, no problem found (${n})`,
    }),
  },
  row: (n: number) => ({ zh: `第 ${n} 条`, en: `entry ${n}` }),
} as const;

const ORDER = ['error', 'warning', 'empty', 'ok'] as const;
type FieldState = (typeof ORDER)[number];

interface TabInfo {
  id: number;
  url?: string;
}

/**
 * The tab the popup is about: its window's active tab, or `?tab=<id>` when opened as a page
 * (tests, keyboard users).
 */
async function currentTab(): Promise<TabInfo | undefined> {
  const given = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(given) && given > 0) {
    const tab = await browser.tabs.get(given).catch(() => undefined);
    return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
  }
  // `activeTab` (granted by the toolbar click) gives the URL without the `tabs` permission.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

async function pageStatus(tabId: number): Promise<PageStatusResponse | undefined> {
  try {
    const response = await sendToTab(tabId, { type: 'page:status' });
    return response?.type === 'page:status' ? response : undefined;
  } catch {
    return undefined;
  }
}

function FieldName({ field }: { field: PageFieldSummary }) {
  return (
    <span class="name">
      {field.group && `${t(field.group)} `}
      {field.row !== undefined && `${t(TEXT.row(field.row + 1))} · `}
      {t(field.label)}
    </span>
  );
}

/** One state's fields; the correct ones folded away (they need nothing). */
function FieldList({ state, fields }: { state: FieldState; fields: PageFieldSummary[] }) {
  if (fields.length === 0) return null;
  const id = `fields-${state}`;
  const items = (
    <ul class="fields" aria-labelledby={id}>
      {fields.map((field, index) => (
        <li key={index} class={field.state}>
          <FieldName field={field} />
          {field.rules.length > 0 && <span class="rules muted small">{field.rules.join(' ')}</span>}
        </li>
      ))}
    </ul>
  );
  const heading = t(TEXT.lists[state](fields.length));
  if (state === 'ok')
    return (
      <details class="list ok">
        <summary id={id}>{heading}</summary>
        {items}
      </details>
    );
  return (
    <div class={`list ${state}`}>
      <h3 id={id}>{heading}</h3>
      {items}
    </div>
  );
}

function PageSection({ status, loaded }: { status?: PageStatusResponse; loaded: boolean }) {
  if (!loaded) return <p>{t(TEXT.loading)}</p>;
  if (!status) return <p class="muted">{t(TEXT.notRunning)}</p>;
  const total = status.fields.length + status.frameFields;
  if (total === 0) return <p class="muted">{t(TEXT.noFields)}</p>;
  const byState = (state: FieldState) => status.fields.filter((f) => f.state === state);
  return (
    <div>
      <p>
        <strong data-testid="field-count">{t(TEXT.fields(total))}</strong>
        {' · '}
        <span
          data-testid="finding-counts"
          class={status.errors ? 'error' : status.warnings ? 'warning' : 'ok'}
        >
          {t(TEXT.counts(status.errors, status.warnings))}
        </span>
      </p>
      {/* Scrollable: focusable so keyboard users can scroll it (axe scrollable-region-focusable). */}
      <div class="field-lists" aria-label={t(TEXT.thisPage)} role="region" tabIndex={0}>
        {ORDER.map((state) => (
          <FieldList key={state} state={state} fields={byState(state)} />
        ))}
      </div>
    </div>
  );
}

function SiteSwitch({ tab }: { tab: TabInfo }) {
  const host = switchableHost(tab.url);
  const [enabled, setEnabled] = useState<boolean>();
  const [note, setNote] = useState<string>();
  useEffect(() => {
    if (host) void isHostEnabled(host).then(setEnabled, () => setEnabled(false));
  }, [host]);
  if (!tab.url) return null;
  if (!host) {
    return /^https?:\/\/([^/]+\.)?nmec\.org\.cn\//.test(tab.url) ? (
      <p class="muted">{t(TEXT.platform)}</p>
    ) : null;
  }
  const toggle = async (on: boolean) => {
    setNote(undefined);
    try {
      if (on) {
        // Called straight from the click: permissions.request needs the user gesture.
        const result = await enableHost(host, tab.id);
        setEnabled(result === 'enabled');
        if (result === 'denied') setNote(t(TEXT.denied));
      } else {
        await disableHost(host);
        setEnabled(false);
        setNote(t(TEXT.switchedOff));
      }
    } catch {
      setNote(t(TEXT.denied));
    }
  };
  return (
    <section>
      <label>
        <input
          type="checkbox"
          checked={enabled === true}
          disabled={enabled === undefined}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />{' '}
        {t(TEXT.siteSwitch(host))}
      </label>
      <p class="muted small">{t(TEXT.siteHelp)}</p>
      {note && <p role="status">{note}</p>}
    </section>
  );
}

export function App() {
  const [tab, setTab] = useState<TabInfo>();
  const [status, setStatus] = useState<PageStatusResponse>();
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void (async () => {
      const current = await currentTab().catch(() => undefined);
      setTab(current);
      if (current) setStatus(await pageStatus(current.id));
      setLoaded(true);
    })();
  }, []);
  return (
    <main>
      <h1>{t(TEXT.title)}</h1>
      <section aria-labelledby="page-h">
        <h2 id="page-h">{t(TEXT.thisPage)}</h2>
        <PageSection status={status} loaded={loaded} />
        {tab && <SiteSwitch tab={tab} />}
      </section>
      {tab && <BackupSection tabId={tab.id} />}
      <PopupLinks />
      <p>
        <a
          href={browser.runtime.getURL('/photo.html' as '/popup.html')}
          target="_blank"
          rel="noopener"
        >
          {t({
            zh: '照片工具：提前把照片做成 40 KB 以内的 JPG',
            en: 'Photo tool: prepare a JPEG under 40 KB',
          })}
        </a>
      </p>
      <p class="about muted small" data-testid="unofficial">
        {t(UNOFFICIAL)}
      </p>
    </main>
  );
}
