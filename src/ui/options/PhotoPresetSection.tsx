// Photo preset chooser for the options page. The setting is
// `photoPreset` in src/settings.ts: `ruleSet` follows the active rule set's
// R-PHOTO limits; `guide` / `notice` pin one. Material uploads always use the
// material preset (R-MATERIAL), shown here for reference.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { getSetting, setSetting, watchSetting } from '../../settings';
import {
  PHOTO_PRESET_CHOICES,
  PRESETS,
  resolvePhotoPreset,
  type PhotoPresetChoice,
} from '../../images/presets';

const TEXT = {
  title: { zh: '照片规格', en: 'Photo preset' },
  help: {
    zh: '选择照片文件时，助手会先把照片处理成所选规格的 JPG，再交给报名页面。',
    en: 'When you choose a photo file, the assistant turns it into a JPEG of this preset before the page receives it.',
  },
  ruleSet: (label: string) => ({
    zh: `跟随规则版本（当前：${label}）`,
    en: `Follow the rule set (now: ${label})`,
  }),
  material: { zh: '审核材料上传页面始终使用：', en: 'Material upload pages always use:' },
  saved: { zh: '已保存。', en: 'Saved.' },
  tool: {
    zh: '打开照片工具（提前准备照片）',
    en: 'Open the photo tool (prepare a photo in advance)',
  },
} as const;

export function PhotoPresetSection({
  ruleSet: givenRuleSet,
  onChanged,
}: {
  ruleSet?: string;
  onChanged?(): void;
}) {
  const [choice, setChoice] = useState<PhotoPresetChoice>();
  const [note, setNote] = useState<string>();
  // The rule set decides what "follow the rule set" means; read it here when not given.
  const [storedRuleSet, setStoredRuleSet] = useState<string>();
  useEffect(() => {
    if (givenRuleSet) return undefined;
    void getSetting('ruleSet').then(setStoredRuleSet, () => undefined);
    return watchSetting('ruleSet', setStoredRuleSet);
  }, [givenRuleSet]);
  const ruleSet = givenRuleSet ?? storedRuleSet;
  useEffect(() => {
    void getSetting('photoPreset').then(
      (v) =>
        setChoice(
          (PHOTO_PRESET_CHOICES as readonly string[]).includes(v)
            ? (v as PhotoPresetChoice)
            : 'ruleSet',
        ),
      () => setChoice('ruleSet'),
    );
  }, []);
  const follow = resolvePhotoPreset('ruleSet', ruleSet);
  const save = async (value: PhotoPresetChoice) => {
    setChoice(value);
    await setSetting('photoPreset', value);
    setNote(t(TEXT.saved));
    onChanged?.();
  };
  return (
    <section aria-labelledby="photo-preset-title">
      <h2 id="photo-preset-title">{t(TEXT.title)}</h2>
      <p class="muted">{t(TEXT.help)}</p>
      <fieldset>
        <legend>{t(TEXT.title)}</legend>
        {PHOTO_PRESET_CHOICES.map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="photoPreset"
              value={value}
              checked={choice === value}
              disabled={choice === undefined}
              onChange={() => void save(value)}
            />{' '}
            {value === 'ruleSet' ? t(TEXT.ruleSet(t(follow.label))) : t(PRESETS[value].label)}
          </label>
        ))}
      </fieldset>
      <p class="muted small">
        {t(TEXT.material)} {t(PRESETS.material.label)}
      </p>
      <p>
        <a href="/photo.html" target="_blank" rel="noopener">
          {t(TEXT.tool)}
        </a>
      </p>
      {note && <p role="status">{note}</p>}
    </section>
  );
}
