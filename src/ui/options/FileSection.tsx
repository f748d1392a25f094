// Export and import: a versioned JSON download, optionally
// with history and optionally encrypted with a passphrase; import validates the
// whole file before writing and names the problem when it refuses one. A file
// that reads runs through the rule set first: its findings are shown, and
// nothing is saved until the candidate confirms.
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { GROUPS, fieldByKey, type Finding } from '../../rules';
import type { ProfileFile } from '../../profile';
import { ImportError, checkImportText, exportText, isEncryptedText } from '../../storage';
import type { SnapshotStore } from '../../storage/snapshots';
import { downloadText } from './client';

const TEXT = {
  title: { zh: '导出与导入', en: 'Export and import' },
  exportTitle: { zh: '导出', en: 'Export' },
  importTitle: { zh: '导入', en: 'Import' },
  withHistory: { zh: '包含快照历史', en: 'Include snapshot history' },
  passphrase: {
    zh: '密码（可选，设置后文件会被加密）',
    en: 'Passphrase (optional: encrypts the file)',
  },
  passphraseAgain: { zh: '再次输入密码', en: 'Passphrase again' },
  mismatch: { zh: '两次输入的密码不一致。', en: 'The passphrases do not match.' },
  tooShort: { zh: '密码至少 8 个字符。', en: 'Use at least 8 characters.' },
  export: { zh: '导出文件', en: 'Export file' },
  encrypting: { zh: '正在加密…', en: 'Encrypting…' },
  exported: { zh: '文件已生成，请在下载中查看。', en: 'The file is ready in your downloads.' },
  file: { zh: '选择要导入的文件', en: 'File to import' },
  importPassphrase: {
    zh: '文件密码（加密文件需要）',
    en: 'File passphrase (for an encrypted file)',
  },
  importHistory: { zh: '同时导入文件中的快照历史', en: 'Also import the file’s snapshot history' },
  import: { zh: '导入', en: 'Import' },
  decrypting: { zh: '正在校验和解密…', en: 'Checking and decrypting…' },
  imported: {
    zh: '导入成功，资料已保存为最新快照。',
    en: 'Imported: the data is saved as the newest snapshot.',
  },
  unchanged: {
    zh: '没有写入任何内容，现有资料保持不变。',
    en: 'Nothing was written; your stored data is unchanged.',
  },
  noFile: { zh: '请先选择文件。', en: 'Choose a file first.' },
  checked: {
    zh: '文件可以读取，已按规则检查（尚未保存）：',
    en: 'The file reads; checked against the rules (not saved yet):',
  },
  clean: { zh: '没有发现问题。', en: 'No problem found.' },
  confirm: { zh: '确认导入', en: 'Import now' },
  confirmAnyway: { zh: '仍然导入', en: 'Import anyway' },
  cancel: { zh: '取消', en: 'Cancel' },
  cancelled: { zh: '已取消，没有写入任何内容。', en: 'Cancelled; nothing was written.' },
  encryptedHint: { zh: '此文件已加密。', en: 'This file is encrypted.' },
} as const;

export function FileSection({
  store,
  ruleSet,
  onImported,
}: {
  store: SnapshotStore;
  ruleSet: string;
  onImported(): void;
}) {
  const [withHistory, setWithHistory] = useState(false);
  const [pass, setPass] = useState('');
  const [pass2, setPass2] = useState('');
  const [exportMessage, setExportMessage] = useState<{ text: string; error?: boolean }>();
  const [file, setFile] = useState<File>();
  const [fileIsEncrypted, setFileIsEncrypted] = useState(false);
  const [importPass, setImportPass] = useState('');
  const [importHistory, setImportHistory] = useState(true);
  const [importMessage, setImportMessage] = useState<{ text: string; error?: boolean }>();
  const [busy, setBusy] = useState(false);
  /** A file that read and was checked, waiting for the candidate's confirmation. */
  const [pending, setPending] = useState<{ file: ProfileFile; findings: Finding[] }>();

  const doExport = async () => {
    if (pass && pass.length < 8) return setExportMessage({ text: t(TEXT.tooShort), error: true });
    if (pass !== pass2) return setExportMessage({ text: t(TEXT.mismatch), error: true });
    setBusy(true);
    setExportMessage({ text: pass ? t(TEXT.encrypting) : '' });
    try {
      const data = await store.exportFile({ includeHistory: withHistory, ruleSet });
      const text = await exportText(data, pass || undefined);
      const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
      downloadText(text, `exam-assist-profile-${day}${pass ? '.encrypted' : ''}.json`);
      setExportMessage({ text: t(TEXT.exported) });
    } finally {
      setBusy(false);
    }
  };

  const doImport = async () => {
    if (!file) return setImportMessage({ text: t(TEXT.noFile), error: true });
    setBusy(true);
    setPending(undefined);
    setImportMessage({ text: t(TEXT.decrypting) });
    try {
      const text = await file.text();
      setPending(await checkImportText(text, { passphrase: importPass || undefined, ruleSet }));
      setImportMessage(undefined);
    } catch (error) {
      const text = error instanceof ImportError ? t(error.text) : String(error);
      setImportMessage({ text: `${text} ${t(TEXT.unchanged)}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  const confirmImport = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      await store.importFile(pending.file, { includeHistory: importHistory });
      setPending(undefined);
      setImportMessage({ text: t(TEXT.imported) });
      onImported();
    } catch (error) {
      setImportMessage({ text: `${String(error)} ${t(TEXT.unchanged)}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  const findingLine = (finding: Finding) => {
    const def = fieldByKey(finding.field);
    const group = def && GROUPS.find((g) => g.id === def.group);
    const where = `${group ? `${t(group.label)} · ` : ''}${def ? t(def.label) : finding.field}${
      finding.row === undefined
        ? ''
        : t({ zh: ` 第 ${finding.row + 1} 行`, en: ` row ${finding.row + 1}` })
    }`;
    const severity =
      finding.severity === 'error' ? { zh: '错误', en: 'Error' } : { zh: '提醒', en: 'Warning' };
    return `${t(severity)} ${finding.ruleId} · ${where}：${t(finding.message)}`;
  };

  return (
    <section aria-labelledby="file-title" aria-busy={busy}>
      <h2 id="file-title">{t(TEXT.title)}</h2>
      <fieldset>
        <legend>{t(TEXT.exportTitle)}</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={withHistory}
            onChange={(e) => setWithHistory((e.currentTarget as HTMLInputElement).checked)}
          />
          {t(TEXT.withHistory)}
        </label>
        <label class="field">
          <span>{t(TEXT.passphrase)}</span>
          <input
            type="password"
            autoComplete="new-password"
            value={pass}
            onInput={(e) => setPass((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label class="field">
          <span>{t(TEXT.passphraseAgain)}</span>
          <input
            type="password"
            autoComplete="new-password"
            value={pass2}
            onInput={(e) => setPass2((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="button" onClick={() => void doExport()} disabled={busy}>
          {t(TEXT.export)}
        </button>
        {exportMessage?.text && (
          <p
            role={exportMessage.error ? 'alert' : 'status'}
            class={exportMessage.error ? 'error' : ''}
            data-testid="export-message"
          >
            {exportMessage.text}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t(TEXT.importTitle)}</legend>
        <label class="field">
          <span>{t(TEXT.file)}</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={async (e) => {
              const chosen = (e.currentTarget as HTMLInputElement).files?.[0];
              setFile(chosen);
              setPending(undefined);
              setImportMessage(undefined);
              setFileIsEncrypted(
                chosen ? isEncryptedText(await chosen.slice(0, 200_000).text()) : false,
              );
            }}
          />
        </label>
        {fileIsEncrypted && <p class="note">{t(TEXT.encryptedHint)}</p>}
        <label class="field">
          <span>{t(TEXT.importPassphrase)}</span>
          <input
            type="password"
            autoComplete="off"
            value={importPass}
            onInput={(e) => setImportPass((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={importHistory}
            onChange={(e) => setImportHistory((e.currentTarget as HTMLInputElement).checked)}
          />
          {t(TEXT.importHistory)}
        </label>
        <button type="button" onClick={() => void doImport()} disabled={busy}>
          {t(TEXT.import)}
        </button>
        {pending && (
          <div class="import-check" role="status" data-testid="import-findings">
            <p>{t(TEXT.checked)}</p>
            {pending.findings.length === 0 ? (
              <p>{t(TEXT.clean)}</p>
            ) : (
              <ul class="findings">
                {pending.findings.map((finding, index) => (
                  <li key={index} data-rule={finding.ruleId} data-severity={finding.severity}>
                    {findingLine(finding)}
                  </li>
                ))}
              </ul>
            )}
            <div class="buttons">
              <button
                type="button"
                class="primary"
                onClick={() => void confirmImport()}
                disabled={busy}
              >
                {t(
                  pending.findings.some((f) => f.severity === 'error')
                    ? TEXT.confirmAnyway
                    : TEXT.confirm,
                )}
              </button>
              <button
                type="button"
                onClick={() => {
                  setPending(undefined);
                  setImportMessage({ text: t(TEXT.cancelled) });
                }}
              >
                {t(TEXT.cancel)}
              </button>
            </div>
          </div>
        )}
        {importMessage?.text && (
          <p
            role={importMessage.error ? 'alert' : 'status'}
            class={importMessage.error ? 'error' : ''}
            data-testid="import-message"
          >
            {importMessage.text}
          </p>
        )}
      </fieldset>
    </section>
  );
}
