import { readFileSync } from 'node:fs';
import { describe, expect, it, afterAll, beforeAll } from 'vitest';
import { EXTENSION_DIR, launchExtension, type ExtensionBrowser } from './harness';

// The manifest asks for the least. Any permission not listed
// here fails the build's test; adding one means justifying it in docs/permissions.md.
const ALLOWED_PERMISSIONS = new Set(['storage', 'scripting', 'activeTab', 'contextMenus']);
const ALLOWED_HOSTS = new Set(['*://*.nmec.org.cn/*']);
// Other registration hosts: asked for one site at a time, from the popup's switch (docs/permissions.md).
const ALLOWED_OPTIONAL_HOSTS = new Set(['*://*/*']);

describe('built manifest', () => {
  const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));

  it('is MV3 and asks only for allowed permissions', () => {
    expect(manifest.manifest_version).toBe(3);
    for (const permission of manifest.permissions ?? [])
      expect(ALLOWED_PERMISSIONS).toContain(permission);
    for (const host of manifest.host_permissions ?? []) expect(ALLOWED_HOSTS).toContain(host);
    for (const host of manifest.optional_host_permissions ?? [])
      expect(ALLOWED_OPTIONAL_HOSTS).toContain(host);
    const all = JSON.stringify(manifest);
    expect(all).not.toContain('<all_urls>');
    expect(manifest.permissions ?? []).not.toContain('tabs');
  });

  it('runs its content script on every platform page, in all frames', () => {
    const scripts = manifest.content_scripts ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts[0].matches).toContain('*://*.nmec.org.cn/*');
    expect(scripts[0].all_frames).toBe(true);
  });
});

describe('the built extension in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => browser?.close());

  it('loads, and its popup renders in Chinese', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('popup.html'));
    await expect(page.locator('h1').first().textContent()).resolves.toContain('报名助手');
    expect(browser.foreignRequests).toEqual([]);
  });
});
