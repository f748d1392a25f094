import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSetting, getSettings, setSetting, watchSetting } from '../../src/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads defaults when nothing is stored', async () => {
    const settings = await getSettings();
    expect(settings.ruleSet).toBe('guide-2014');
    expect(settings.locale).toBe('zh');
    expect(settings.retention).toEqual({ keepLast: 50 });
    expect(settings.enabledHosts).toEqual([]);
    expect(settings.taught).toEqual([]);
  });

  it('round-trips a valid value and rejects an invalid one without writing', async () => {
    await setSetting('retention', { keepLast: 7 });
    expect(await getSetting('retention')).toEqual({ keepLast: 7 });
    await expect(setSetting('retention', { keepLast: 0 })).rejects.toThrow();
    expect(await getSetting('retention')).toEqual({ keepLast: 7 });
  });

  it('reads a corrupt stored value as the default', async () => {
    await fakeBrowser.storage.local.set({ ruleSet: 'guide-1999', enabledHosts: 'not-a-list' });
    expect(await getSetting('ruleSet')).toBe('guide-2014');
    expect(await getSetting('enabledHosts')).toEqual([]);
  });

  it('notifies watchers with the parsed value', async () => {
    const seen: string[] = [];
    const stop = watchSetting('locale', (value) => seen.push(value));
    await setSetting('locale', 'en');
    stop();
    await setSetting('locale', 'zh');
    expect(seen).toEqual(['en']);
  });
});
