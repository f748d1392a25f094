// Links from the popup to the extension's own pages (the
// welcome page stays reachable; the practice form is one click away; the photo tool link is the photo area's).
import { browser } from 'wxt/browser';
import { PAGE_NAMES, t } from '../i18n';

export const POPUP_LINKS_TEXT = {
  heading: { zh: '练习与帮助', en: 'Practice and help' },
  practice: PAGE_NAMES.practice,
  welcome: PAGE_NAMES.welcome,
};

export function PopupLinks() {
  const url = (page: '/practice.html' | '/welcome.html') =>
    browser.runtime.getURL(page as '/popup.html');
  const T = POPUP_LINKS_TEXT;
  return (
    <nav aria-label={t(T.heading)} class="popup-links">
      <a href={url('/practice.html')} target="_blank" rel="noopener">
        {t(T.practice)}
      </a>{' '}
      ·{' '}
      <a href={url('/welcome.html')} target="_blank" rel="noopener">
        {t(T.welcome)}
      </a>
    </nav>
  );
}
