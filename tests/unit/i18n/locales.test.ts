// The manifest's name and description come from _locales;
// both languages define every message, and the store's length limits hold.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UNOFFICIAL } from '../../../src/i18n';

const read = (locale: string) =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;

describe('_locales', () => {
  const zh = read('zh_CN');
  const en = read('en');

  it('zh_CN and en define the same messages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const messages of [zh, en])
      for (const { message } of Object.values(messages)) expect(message.trim()).not.toBe('');
    expect(zh.extName!.message).toBe('医师资格考试报名助手');
  });

  it('fits the Chrome Web Store limits (name ≤ 75, description ≤ 132 characters)', () => {
    for (const messages of [zh, en]) {
      expect([...messages.extName!.message].length).toBeLessThanOrEqual(75);
      expect([...messages.extDescription!.message].length).toBeLessThanOrEqual(132);
    }
  });

  it('the store description says first that the extension is unofficial', () => {
    // The name uses the exam's title: a reader must not take it for the platform's own.
    expect(zh.extDescription!.message.startsWith(UNOFFICIAL.zh)).toBe(true);
    expect(en.extDescription!.message.startsWith(UNOFFICIAL.en)).toBe(true);
  });

  it('the manifest uses them with zh_CN as default', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    expect(config).toContain("name: '__MSG_extName__'");
    expect(config).toContain("description: '__MSG_extDescription__'");
    expect(config).toContain("default_locale: 'zh_CN'");
  });
});
