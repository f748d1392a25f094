// Snapshot history: restore into an open platform tab,
// rename (a named snapshot is kept whatever the retention), delete.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, getLocale } from '../../i18n';
import type { PlatformTab } from '../../messages/storage';
import type { Snapshot, SnapshotMeta } from '../../storage/snapshots';
import { formatTime, platformTabs } from './client';
import { RestorePanel } from './RestorePanel';

const TEXT = {
  title: { zh: '快照历史', en: 'Snapshot history' },
  time: { zh: '时间', en: 'Time' },
  name: { zh: '名称', en: 'Name' },
  source: { zh: '来源', en: 'Source' },
  values: { zh: '项数', en: 'Values' },
  actions: { zh: '操作', en: 'Actions' },
  restore: { zh: '恢复…', en: 'Restore…' },
  rename: { zh: '命名', en: 'Name it' },
  saveName: { zh: '保存名称', en: 'Save name' },
  cancel: { zh: '取消', en: 'Cancel' },
  remove: { zh: '删除', en: 'Delete' },
  confirmRemove: { zh: '确认删除', en: 'Confirm delete' },
  empty: {
    zh: '还没有快照：在报名平台上填写资料时会自动备份。',
    en: 'No snapshot yet: filling the platform forms backs them up automatically.',
  },
  skipped: { zh: '条记录无法读取，已跳过。', en: 'records could not be read and were skipped.' },
  target: { zh: '恢复到哪个标签页', en: 'Restore into which tab' },
  refresh: { zh: '刷新标签页列表', en: 'Refresh the tab list' },
  noTabs: {
    zh: '没有打开的报名平台页面。请先在另一个标签页打开要填写的表单，再点“刷新标签页列表”。',
    en: 'No platform page is open. Open the form to fill in another tab, then press "Refresh the tab list".',
  },
  restoreTitle: { zh: '恢复快照', en: 'Restore snapshot' },
} as const;

const SOURCE = {
  auto: { zh: '自动', en: 'automatic' },
  manual: { zh: '手动备份', en: 'manual' },
  edit: { zh: '选项页编辑', en: 'edited here' },
  import: { zh: '导入', en: 'imported' },
} as const;

export interface HistoryActions {
  get(id: number): Promise<Snapshot | undefined>;
  rename(id: number, name: string | undefined): Promise<void>;
  remove(id: number): Promise<void>;
}

function RestoreTarget({ snapshot }: { snapshot: Snapshot }) {
  const [tabs, setTabs] = useState<PlatformTab[]>();
  const [tabId, setTabId] = useState<number>();
  const refresh = async () => {
    const list = await platformTabs().catch(() => []);
    setTabs(list);
    setTabId((old) => (list.some((tab) => tab.tabId === old) ? old : list[0]?.tabId));
  };
  useEffect(() => void refresh(), []);
  return (
    <section class="restore-target" aria-labelledby="restore-title">
      <h3 id="restore-title">
        {t(TEXT.restoreTitle)}: {snapshot.name ? `${snapshot.name} · ` : ''}
        {formatTime(snapshot.savedAt, getLocale())}
      </h3>
      {tabs && tabs.length === 0 && <p class="note">{t(TEXT.noTabs)}</p>}
      {tabs && tabs.length > 0 && (
        <label class="field">
          <span>{t(TEXT.target)}</span>
          <select
            value={tabId ?? ''}
            onChange={(e) => setTabId(Number((e.currentTarget as HTMLSelectElement).value))}
          >
            {tabs.map((tab) => (
              <option key={tab.tabId} value={tab.tabId}>
                {tab.title || tab.url} (
                {t({ zh: `${tab.fieldCount} 个字段`, en: `${tab.fieldCount} fields` })})
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" onClick={() => void refresh()}>
        {t(TEXT.refresh)}
      </button>
      <RestorePanel tabId={tabId} profile={snapshot.profile} />
    </section>
  );
}

function NameEditor({
  meta,
  onDone,
}: {
  meta: SnapshotMeta;
  onDone(name: string | undefined | null): void;
}) {
  const [name, setName] = useState(meta.name ?? '');
  const input = useRef<HTMLInputElement>(null);
  // Keyboard users land in the name box at once (autoFocus is not applied to inserted nodes).
  useLayoutEffect(() => input.current?.focus(), []);
  return (
    <form
      class="inline"
      onSubmit={(e) => {
        e.preventDefault();
        onDone(name.trim() || undefined);
      }}
    >
      <label>
        <span class="sr-only">{t(TEXT.name)}</span>
        <input
          ref={input}
          type="text"
          maxLength={100}
          value={name}
          onKeyDown={(e) => e.key === 'Escape' && onDone(null)}
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <button type="submit">{t(TEXT.saveName)}</button>
      <button type="button" onClick={() => onDone(null)}>
        {t(TEXT.cancel)}
      </button>
    </form>
  );
}

export function HistorySection({
  snapshots,
  skipped,
  actions,
}: {
  snapshots: SnapshotMeta[];
  skipped: number;
  actions: HistoryActions;
}) {
  const [renaming, setRenaming] = useState<number>();
  const [confirming, setConfirming] = useState<number>();
  const [restoring, setRestoring] = useState<Snapshot>();
  const locale = getLocale();
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t(TEXT.title)}</h2>
      {skipped > 0 && (
        <p class="note warning" role="status">
          {skipped} {t(TEXT.skipped)}
        </p>
      )}
      {snapshots.length === 0 ? (
        <p>{t(TEXT.empty)}</p>
      ) : (
        <table class="history">
          <thead>
            <tr>
              <th scope="col">{t(TEXT.time)}</th>
              <th scope="col">{t(TEXT.name)}</th>
              <th scope="col">{t(TEXT.source)}</th>
              <th scope="col">{t(TEXT.values)}</th>
              <th scope="col">{t(TEXT.actions)}</th>
            </tr>
          </thead>
          <tbody>
            {snapshots.map((meta) => (
              <tr key={meta.id} data-snapshot={meta.id}>
                <td>{formatTime(meta.savedAt, locale)}</td>
                <td>
                  {renaming === meta.id ? (
                    <NameEditor
                      meta={meta}
                      onDone={(name) => {
                        setRenaming(undefined);
                        if (name !== null) void actions.rename(meta.id, name);
                      }}
                    />
                  ) : (
                    (meta.name ?? '')
                  )}
                </td>
                <td>{t(SOURCE[meta.source])}</td>
                <td>{meta.valueCount}</td>
                <td class="actions">
                  <button
                    type="button"
                    onClick={async () => {
                      setRestoring(await actions.get(meta.id));
                    }}
                  >
                    {t(TEXT.restore)}
                  </button>
                  <button type="button" onClick={() => setRenaming(meta.id)}>
                    {t(TEXT.rename)}
                  </button>
                  {confirming === meta.id ? (
                    <button
                      type="button"
                      class="danger"
                      onClick={() => {
                        setConfirming(undefined);
                        if (restoring?.id === meta.id) setRestoring(undefined);
                        void actions.remove(meta.id);
                      }}
                    >
                      {t(TEXT.confirmRemove)}
                    </button>
                  ) : (
                    <button type="button" onClick={() => setConfirming(meta.id)}>
                      {t(TEXT.remove)}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restoring && <RestoreTarget key={restoring.id} snapshot={restoring} />}
    </section>
  );
}
