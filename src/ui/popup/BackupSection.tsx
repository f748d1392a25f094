// The popup's backup section: "备份" takes a snapshot of this
// tab's recognized fields now (optionally named), "恢复…" picks a snapshot and
// restores it into this tab after a preview.
import { useEffect, useState } from 'preact/hooks';
import { t, getLocale } from '../../i18n';
import { getSetting } from '../../settings';
import { patchIsEmpty } from '../../profile';
import { snapshotStore, type SnapshotMeta, type Snapshot } from '../../storage/snapshots';
import { activeTabId, collectFrom, formatTime } from '../options/client';
import { RestorePanel } from '../options/RestorePanel';

const TEXT = {
  title: { zh: '备份与恢复', en: 'Backup and restore' },
  backup: { zh: '备份', en: 'Back up' },
  restore: { zh: '恢复…', en: 'Restore…' },
  name: {
    zh: '快照名称（可选，例如“2025 报名前”）',
    en: 'Snapshot name (optional, e.g. "before 2025 signup")',
  },
  snapshot: { zh: '选择快照', en: 'Snapshot' },
  saved: { zh: '已备份。', en: 'Backed up.' },
  unchanged: {
    zh: '资料没有变化，最新快照已是这些内容。',
    en: 'Nothing changed: the newest snapshot already holds these values.',
  },
  noFields: {
    zh: '此页面上没有识别到可备份的字段。',
    en: 'No field to back up was recognized on this page.',
  },
  noSnapshots: { zh: '还没有任何快照。', en: 'No snapshot yet.' },
  noTab: { zh: '请在报名平台的页面上打开此弹窗。', en: 'Open this popup on a platform page.' },
  auto: { zh: '自动', en: 'automatic' },
} as const;

export function snapshotLabel(meta: SnapshotMeta): string {
  const time = formatTime(meta.savedAt, getLocale());
  return (
    `${meta.name ? `${meta.name} · ` : ''}${time} · ` +
    `${t({ zh: `${meta.valueCount} 项`, en: `${meta.valueCount} values` })}`
  );
}

export function BackupSection({ tabId: givenTabId }: { tabId?: number } = {}) {
  const [tabId, setTabId] = useState<number | undefined>(givenTabId);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string>();
  const [restoring, setRestoring] = useState(false);
  const [snapshots, setSnapshots] = useState<SnapshotMeta[]>([]);
  const [chosen, setChosen] = useState<Snapshot>();

  useEffect(() => {
    if (givenTabId === undefined) void activeTabId().then(setTabId);
  }, [givenTabId]);

  const backup = async () => {
    setMessage(undefined);
    if (tabId === undefined) return setMessage(t(TEXT.noTab));
    try {
      const collected = await collectFrom(tabId);
      if (!collected) return setMessage(t(TEXT.noFields));
      const store = await snapshotStore();
      const { keepLast } = await getSetting('retention');
      // "备份" is the candidate's own snapshot: always a new history entry (source 手动备份),
      // never a rename of the automatic one saved a moment ago.
      if (patchIsEmpty(collected.patch) && !name.trim()) return setMessage(t(TEXT.noFields));
      const result = await store.saveManual(collected.patch, { keepLast, name: name.trim() });
      setMessage(t(result.changed || name.trim() ? TEXT.saved : TEXT.unchanged));
      setName('');
    } catch {
      setMessage(t(TEXT.noTab));
    }
  };

  const openRestore = async () => {
    setRestoring(true);
    const store = await snapshotStore();
    const { snapshots: list } = await store.list();
    setSnapshots(list);
    const first = list[0];
    setChosen(first ? await store.get(first.id) : undefined);
  };

  const choose = async (id: number) => setChosen(await (await snapshotStore()).get(id));

  return (
    <section class="backup-section" aria-labelledby="backup-title">
      <h2 id="backup-title">{t(TEXT.title)}</h2>
      <label class="field">
        <span>{t(TEXT.name)}</span>
        <input
          type="text"
          maxLength={100}
          value={name}
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <div class="buttons">
        <button type="button" onClick={() => void backup()}>
          {t(TEXT.backup)}
        </button>
        <button type="button" aria-expanded={restoring} onClick={() => void openRestore()}>
          {t(TEXT.restore)}
        </button>
      </div>
      {message && <p role="status">{message}</p>}
      {restoring &&
        (snapshots.length === 0 ? (
          <p>{t(TEXT.noSnapshots)}</p>
        ) : (
          <div>
            <label class="field">
              <span>{t(TEXT.snapshot)}</span>
              <select
                value={chosen?.id ?? ''}
                onChange={(e) => void choose(Number((e.currentTarget as HTMLSelectElement).value))}
              >
                {snapshots.map((meta) => (
                  <option key={meta.id} value={meta.id}>
                    {snapshotLabel(meta)}
                  </option>
                ))}
              </select>
            </label>
            <RestorePanel tabId={tabId} profile={chosen?.profile} />
          </div>
        ))}
    </section>
  );
}
