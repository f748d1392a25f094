// Settings: rule set, snapshot retention, language; the photo
// preset section is the photo engineer's component, placed here.
import { useState } from 'preact/hooks';
import { t, type Locale } from '../../i18n';
import { LocaleToggle } from '../../i18n/LocaleToggle';
import { RULE_SETS, RULE_SET_IDS, type RuleSetId } from '../../rules/rule-sets';
import { setSetting, type Settings } from '../../settings';
import type { ComponentChildren } from 'preact';

const TEXT = {
  title: { zh: '设置', en: 'Settings' },
  ruleSet: { zh: '规则版本', en: 'Rule set' },
  retention: {
    zh: '保留最近几个自动快照（命名的快照始终保留）',
    en: 'Automatic snapshots to keep (named ones are always kept)',
  },
  retentionBad: { zh: '请输入 1 到 1000 之间的整数。', en: 'Enter a whole number from 1 to 1000.' },
  saved: { zh: '已保存。', en: 'Saved.' },
} as const;

export function SettingsSection({
  settings,
  locale,
  onLocale,
  onChanged,
  children,
}: {
  settings: Settings;
  locale: Locale;
  onLocale(locale: Locale): void;
  onChanged(): void;
  children?: ComponentChildren;
}) {
  const [retention, setRetention] = useState(String(settings.retention.keepLast));
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();

  const saveRetention = async () => {
    const keepLast = Number(retention);
    if (!Number.isInteger(keepLast) || keepLast < 1 || keepLast > 1000)
      return setMessage({ text: t(TEXT.retentionBad), error: true });
    await setSetting('retention', { keepLast });
    setMessage({ text: t(TEXT.saved) });
    onChanged();
  };

  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t(TEXT.title)}</h2>
      <LocaleToggle locale={locale} onChange={onLocale} />
      <label class="field">
        <span>{t(TEXT.ruleSet)}</span>
        <select
          value={settings.ruleSet}
          onChange={async (e) => {
            await setSetting('ruleSet', (e.currentTarget as HTMLSelectElement).value as RuleSetId);
            setMessage({ text: t(TEXT.saved) });
            onChanged();
          }}
        >
          {RULE_SET_IDS.map((id) => (
            <option key={id} value={id}>
              {t(RULE_SETS[id].label)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t(TEXT.retention)}</span>
        <input
          type="number"
          min={1}
          max={1000}
          step={1}
          value={retention}
          aria-invalid={message?.error ? 'true' : undefined}
          onInput={(e) => setRetention((e.currentTarget as HTMLInputElement).value)}
          onChange={() => void saveRetention()}
        />
      </label>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''}>
          {message.text}
        </p>
      )}
      {children}
    </section>
  );
}
