// The options page: the profile by group with findings, the
// snapshot history (restore / rename / delete), export / import, settings.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PAGE_NAMES, pageTitle, t, type Locale } from '../../i18n';
import { applyLocale, initLocale, watchLocale } from '../../i18n/locale';
import { getSettings, watchSetting, type Settings } from '../../settings';
import { snapshotStore, type SnapshotMeta, type SnapshotStore } from '../../storage/snapshots';
import { emptyPatch, type MaterialsTicks, type Profile } from '../../profile';
import { resolvePhotoPreset } from '../../images/presets';
import { MaterialsChecklist } from '../../checklist/MaterialsChecklist';
import { ProfileEditor } from './ProfileEditor';
import { HistorySection } from './HistorySection';
import { FileSection } from './FileSection';
import { SettingsSection } from './SettingsSection';
import { PhotoPresetSection } from './PhotoPresetSection';
import { TaughtFieldsSection } from './TaughtFieldsSection';

const TEXT = {
  title: pageTitle(PAGE_NAMES.options),
  intro: {
    zh: '资料只保存在这台电脑的浏览器中，不会上传。密码、验证码、密码找回答案不会被保存。',
    en:
      'Your data stays in this browser on this computer and is never uploaded. Passwords, captchas and ' +
      'recovery answers are never stored.',
  },
  nav: { zh: '页面导航', en: 'Sections' },
  loading: { zh: '正在读取…', en: 'Loading…' },
} as const;

export function App() {
  const [locale, setLocaleState] = useState<Locale>('zh');
  const [store, setStore] = useState<SnapshotStore>();
  const [settings, setSettings] = useState<Settings>();
  const [snapshots, setSnapshots] = useState<SnapshotMeta[]>([]);
  const [skipped, setSkipped] = useState(0);
  const [profile, setProfile] = useState<Profile>();
  const [profileKey, setProfileKey] = useState(0);
  // The newest ticks, for a save of the profile editor made after a tick (its draft predates it).
  const ticksRef = useRef<MaterialsTicks | undefined>(undefined);
  ticksRef.current = profile?.materials;

  const refresh = async (s = store, reloadProfile = false) => {
    if (!s) return;
    const list = await s.list();
    setSnapshots(list.snapshots);
    setSkipped(list.skipped);
    if (reloadProfile) {
      setProfile(await s.currentProfile());
      setProfileKey((k) => k + 1);
    }
  };

  useEffect(() => {
    void (async () => {
      setLocaleState(await initLocale());
      setSettings(await getSettings());
      const s = await snapshotStore();
      setStore(s);
      await refresh(s, true);
    })();
    const stopLocale = watchLocale((next) => setLocaleState(next));
    const stopRuleSet = watchSetting('ruleSet', () => void getSettings().then(setSettings));
    // The checklist's photo item names the active photo preset's limit.
    const stopPreset = watchSetting('photoPreset', () => void getSettings().then(setSettings));
    return () => {
      stopLocale();
      stopRuleSet();
      stopPreset();
    };
  }, []);

  useEffect(() => {
    document.title = t(TEXT.title);
  }, [locale]);

  if (!store || !settings || !profile) return <p>{t(TEXT.loading)}</p>;
  return (
    <div class="options" data-locale={locale}>
      <header>
        <h1>{t(TEXT.title)}</h1>
        <p>{t(TEXT.intro)}</p>
        <nav aria-label={t(TEXT.nav)}>
          <a href="#profile-title">{t({ zh: '我的资料', en: 'My profile' })}</a>
          <a href="#materials-title">{t({ zh: '报名材料清单', en: 'Materials checklist' })}</a>
          <a href="#history-title">{t({ zh: '快照历史', en: 'History' })}</a>
          <a href="#file-title">{t({ zh: '导出与导入', en: 'Export and import' })}</a>
          <a href="#settings-title">{t({ zh: '设置', en: 'Settings' })}</a>
        </nav>
      </header>
      <main>
        <ProfileEditor
          key={profileKey}
          profile={profile}
          ruleSet={settings.ruleSet}
          onSave={async (edited) => {
            const { materials: _draftTicks, ...values } = edited;
            const next: Profile = ticksRef.current
              ? { ...values, materials: ticksRef.current }
              : values;
            await store.saveProfile(next, {
              source: 'edit',
              keepLast: settings.retention.keepLast,
            });
            await refresh(store, false);
            setProfile(next);
          }}
        />
        <MaterialsChecklist
          profile={profile}
          locale={locale}
          ruleSet={settings.ruleSet}
          photoMaxBytes={resolvePhotoPreset(settings.photoPreset, settings.ruleSet).maxBytes}
          links={{
            photo: browser.runtime.getURL('/photo.html'),
            material: browser.runtime.getURL('/photo.html?preset=material' as '/photo.html'),
          }}
          onTicks={async (ticks) => {
            const next = { ...profile, materials: ticks };
            ticksRef.current = ticks;
            setProfile(next);
            // One tick is one change of the newest snapshot's ticks, merged like a page's values.
            await store.saveAuto(
              { ...emptyPatch(), materials: ticks },
              { host: 'materials', keepLast: settings.retention.keepLast },
            );
            await refresh(store, false);
          }}
        />
        <HistorySection
          snapshots={snapshots}
          skipped={skipped}
          actions={{
            get: (id) => store.get(id),
            rename: async (id, name) => {
              await store.rename(id, name);
              await refresh();
            },
            remove: async (id) => {
              await store.remove(id);
              await refresh(store, true);
            },
          }}
        />
        <FileSection
          store={store}
          ruleSet={settings.ruleSet}
          onImported={() => void refresh(store, true)}
        />
        <SettingsSection
          settings={settings}
          locale={locale}
          onLocale={(next) => {
            applyLocale(next);
            setLocaleState(next);
          }}
          onChanged={() => void getSettings().then(setSettings)}
        >
          <PhotoPresetSection ruleSet={settings.ruleSet} />
        </SettingsSection>
        <TaughtFieldsSection />
      </main>
    </div>
  );
}
