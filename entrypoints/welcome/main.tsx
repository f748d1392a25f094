// First-run page: opened on install by src/firstrun.ts and from the popup.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { initLocale, watchLocale } from '../../src/i18n/locale';
import { t, type Locale } from '../../src/i18n';
import { WelcomeApp } from '../../src/ui/welcome/App';
import { WELCOME_TEXT } from '../../src/ui/welcome/text';

async function main() {
  const url = (page: string) => browser.runtime.getURL(page as '/popup.html');
  const links = {
    practice: url('/practice.html'),
    photo: url('/photo.html'),
    options: url('/options.html'),
  };
  const draw = (locale: Locale) => {
    document.title = t(WELCOME_TEXT.pageTitle, locale);
    render(
      <WelcomeApp locale={locale} onLocaleChange={draw} links={links} />,
      document.getElementById('app')!,
    );
  };
  draw(await initLocale());
  watchLocale(draw);
}

void main();
