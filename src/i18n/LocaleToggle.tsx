// The 中文 / English switch shown on the extension's own pages. It stores the
// `locale` setting; every open page follows through watchLocale().
import { chooseLocale } from './locale';
import { getLocale, t, type Locale } from './index';

const LABEL = { zh: '界面语言', en: 'Language' };

export function LocaleToggle({
  locale,
  onChange,
}: {
  locale: Locale;
  onChange(locale: Locale): void;
}) {
  const pick = (next: Locale) => {
    onChange(next);
    void chooseLocale(next).catch(() => {});
  };
  return (
    <div class="locale-toggle" role="group" aria-label={t(LABEL, locale ?? getLocale())}>
      <button type="button" lang="zh-CN" aria-pressed={locale === 'zh'} onClick={() => pick('zh')}>
        中文
      </button>
      <button type="button" lang="en" aria-pressed={locale === 'en'} onClick={() => pick('en')}>
        English
      </button>
    </div>
  );
}

export const LOCALE_TOGGLE_TEXT = { label: LABEL };
