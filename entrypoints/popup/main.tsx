import { render } from 'preact';
import { App } from '../../src/ui/popup/App';
import { initLocale } from '../../src/i18n/locale';
import { SHORT_NAME, t } from '../../src/i18n';
import './style.css';

// The popup follows the candidate's language setting like every extension page.
void initLocale()
  .catch(() => undefined)
  .then(() => {
    // The tab title in the candidate's language too (the popup opened as a page).
    document.title = t(SHORT_NAME);
    render(<App />, document.getElementById('app')!);
  });
