// Test-only: the overlay lives in a CLOSED shadow root (docs/spec/page-contract.md), which
// Playwright's locators cannot enter. This init script makes shadow roots open
// in the test browser, so tests can click what a candidate clicks (the fix
// button) by its accessible name. The product's code is unchanged.
import type { BrowserContext, Page } from 'playwright-core';

export async function openShadowRoots(target: BrowserContext | Page): Promise<void> {
  await target.addInitScript(() => {
    const original = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      return original.call(this, { ...init, mode: 'open' });
    };
  });
}
