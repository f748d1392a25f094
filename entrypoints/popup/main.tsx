import { render } from 'preact';
import { App } from '../../src/ui/popup/App';
import { initLocale } from '../../src/i18n/locale';
import './style.css';

// The popup follows the candidate's language setting like every extension page.
void initLocale()
  .catch(() => undefined)
  .then(() => render(<App />, document.getElementById('app')!));
