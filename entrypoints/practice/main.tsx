// Practice form page: wires src/practice (the form), src/page (the same
// detection, checks and warning overlay as on the platform) and the backup.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { startPageAssist, writeFieldValue, type FormField, type PageAssist } from '../../src/page';
import { PracticeApp } from '../../src/practice/PracticeApp';
import { practicePersistence } from '../../src/practice/persistence';
import { PRACTICE_TEXT } from '../../src/practice/text';
import { initLocale, watchLocale } from '../../src/i18n/locale';
import { t, type Locale } from '../../src/i18n';
import { getSetting } from '../../src/settings';
import { ruleSetById, type Finding } from '../../src/rules';

async function main() {
  const [locale, ruleSetId] = await Promise.all([
    initLocale(),
    getSetting('ruleSet').catch(() => undefined),
  ]);
  const ruleSet = ruleSetById(ruleSetId);
  const root = document.getElementById('app')!;
  let assist: PageAssist | undefined;
  // The summary lists exactly what the assist shows next to the fields.
  const listeners = new Set<(findings: Finding[]) => void>();
  const publish = () => {
    const findings = assist?.findings() ?? [];
    for (const listener of listeners) listener(findings);
  };
  const subscribeFindings = (listener: (findings: Finding[]) => void) => {
    listeners.add(listener);
    listener(assist?.findings() ?? []);
    return () => void listeners.delete(listener);
  };
  const url = (page: string) => browser.runtime.getURL(page as '/popup.html');

  const draw = (current: Locale) => {
    document.title = t(PRACTICE_TEXT.pageTitle, current);
    render(
      <PracticeApp
        locale={current}
        onLocaleChange={draw}
        ruleSet={ruleSet}
        persistence={practicePersistence}
        links={{
          welcome: url('/welcome.html'),
          photo: url('/photo.html'),
          options: url('/options.html'),
        }}
        subscribeFindings={subscribeFindings}
        onFix={(elementId, value) => {
          const element = document.getElementById(elementId) as FormField | null;
          return element ? writeFieldValue(element, value) : false;
        }}
        onReady={() => {
          // The same assist as on the platform's pages, unchanged.
          assist ??= startPageAssist(document, {
            ruleSet,
            onValuesChanged: publish,
            onFieldsChanged: publish,
          });
          publish();
        }}
        onValuesReplaced={() => {
          assist?.recheckAll();
          publish();
        }}
      />,
      root,
    );
  };
  draw(locale);
  watchLocale(draw);
}

void main();
