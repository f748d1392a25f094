// @vitest-environment happy-dom
// The content script's start (src/content/index.ts): settings are read first
// (each feature's prepare()), the session starts at DOM ready with what was
// read in time, and never waits for a read that has not come back.
import { afterEach, describe, expect, it } from 'vitest';
import { startContent } from '../../../src/content';
import { startChecks } from '../../../src/page/assist';
import {
  ATTR_CHECKS,
  sessionOf,
  usePrepared,
  type PageFeature,
  type Prepared,
} from '../../../src/page/session';

let controller: AbortController | undefined;
afterEach(() => {
  controller?.abort();
  controller = undefined;
  document.body.innerHTML = '';
});

const FORM = '<table><tr><td>考生姓名：</td><td><input id="name"></td></tr></table>';

/** A feature that records what it was given and the fields the session had when it got the value. */
function recorder(read: Promise<string>) {
  const seen: { atInit?: Prepared<string>; used: string[]; fieldsWhenUsed: number[] } = {
    used: [],
    fieldsWhenUsed: [],
  };
  const feature: PageFeature<string> = {
    name: 'recorder',
    prepare: () => read,
    init(session, signal, prepared) {
      seen.atInit = prepared && { ...prepared };
      usePrepared(prepared, signal, (value) => {
        seen.used.push(value ?? 'failed');
        seen.fieldsWhenUsed.push(session.fields().length);
      });
    },
  };
  return { feature, seen };
}

const checks: PageFeature = { name: 'checks', init: (s, signal) => void startChecks(s, signal) };

describe('content script start', () => {
  it('hands a feature its setting before the first pass when it was read in time', async () => {
    document.body.innerHTML = FORM;
    controller = new AbortController();
    const { feature, seen } = recorder(Promise.resolve('notice-2022'));
    await startContent(document, controller.signal, [feature, checks]);
    expect(seen.atInit).toMatchObject({ ready: true, value: 'notice-2022' });
    // Used synchronously in init: before the session's first pass found the field.
    expect(seen.used).toEqual(['notice-2022']);
    expect(seen.fieldsWhenUsed).toEqual([0]);
    await expect
      .poll(() => document.documentElement.getAttribute(ATTR_CHECKS) === 'idle')
      .toBe(true);
    expect(
      sessionOf(document)
        ?.fields()
        .map((f) => f.key),
    ).toEqual(['name']);
  });

  it('starts without waiting for a slow read, and applies it when it comes', async () => {
    document.body.innerHTML = FORM;
    controller = new AbortController();
    let resolve!: (value: string) => void;
    const { feature, seen } = recorder(new Promise<string>((r) => (resolve = r)));
    await startContent(document, controller.signal, [feature, checks]);
    expect(seen.atInit?.ready).toBe(false);
    await expect
      .poll(() => document.documentElement.getAttribute(ATTR_CHECKS) === 'idle')
      .toBe(true);
    expect(seen.used).toEqual([]);
    resolve('guide-2014');
    await expect.poll(() => seen.used.length > 0).toBe(true);
    expect(seen.used).toEqual(['guide-2014']);
    expect(seen.fieldsWhenUsed).toEqual([1]);
  });

  it('a failed read still starts the feature, with no value', async () => {
    document.body.innerHTML = FORM;
    controller = new AbortController();
    const { feature, seen } = recorder(Promise.reject(new Error('storage gone')));
    await startContent(document, controller.signal, [feature, checks]);
    expect(seen.atInit).toMatchObject({ ready: true, value: undefined });
    expect(seen.used).toEqual(['failed']);
  });

  it('a second copy of the script on the same document starts nothing', async () => {
    document.body.innerHTML = FORM;
    controller = new AbortController();
    await startContent(document, controller.signal, [checks]);
    const first = sessionOf(document);
    const again = recorder(Promise.resolve('x'));
    await startContent(document, controller.signal, [again.feature]);
    expect(sessionOf(document)).toBe(first);
    expect(again.seen.atInit).toBeUndefined();
  });
});
