// First run: on install, open the welcome page once. Updates
// and browser restarts open nothing. `tabs.create` needs no `tabs` permission.
import { browser } from 'wxt/browser';

export const WELCOME_PAGE = '/welcome.html' as const;

export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void browser.tabs
      .create({ url: browser.runtime.getURL(WELCOME_PAGE as '/welcome.html') })
      .catch(() => {});
  });
}
