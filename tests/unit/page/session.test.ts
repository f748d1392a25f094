// @vitest-environment happy-dom
// The page session (src/page/session.ts): one collected model per document,
// the document-level checks attribute, `checked`, and features stopped by the signal.
import { describe, expect, it } from 'vitest';
import { sessionOf } from '../../../src/page/session';
import { checksState, sessionOn, typeValue } from './dom-page';

describe('page session', () => {
  it('says idle once every field is collected and checked, busy while a change waits', async () => {
    const { session } = sessionOn(
      `<table><tr><td>手机号码</td><td><input id="m" value="0381234"></td></tr></table>`,
    );
    expect(checksState()).toBe('idle');
    expect(document.getElementById('m')!.getAttribute('data-exam-assist-state')).toBe('error');
    const mobile = document.getElementById('m') as HTMLInputElement;
    typeValue(mobile, '13912345678');
    expect(checksState()).toBe('busy');
    await session.whenChecked();
    expect(checksState()).toBe('idle');
    expect(mobile.getAttribute('data-exam-assist-state')).toBe('ok');
    expect(session.findings()).toEqual([]);
  });

  it('checks a page of a few hundred fields in its start task (no paint in between)', () => {
    const row = (i: number) =>
      `<tr><td>手机号码</td><td><input id="m${i}" value="0381234"></td></tr>`;
    sessionOn(`<table>${Array.from({ length: 250 }, (_, i) => row(i)).join('')}</table>`);
    // Right after the start, before any timer or frame: every field collected and checked.
    expect(checksState()).toBe('idle');
    const states = [...document.querySelectorAll('input')].map((el) =>
      el.getAttribute('data-exam-assist-state'),
    );
    expect(states.filter((s) => s === 'error')).toHaveLength(250);
  });

  it('collects the page once per change, however many features read it', async () => {
    const { session } = sessionOn(
      `<h3>教育经历</h3><div id="rows"><div><span>毕业证书编号</span><input id="d0"></div></div>`,
    );
    const before = session.stats();
    let notified = 0;
    session.on('fieldsChanged', () => notified++);
    const row = document.createElement('div');
    row.innerHTML = '<span>毕业证书编号</span><input id="d1">';
    document.getElementById('rows')!.append(row);
    await expect.poll(() => session.fields().length).toBe(2);
    // Readers between two changes read the model, not the page.
    for (let i = 0; i < 10; i++) {
      session.fields();
      session.signals();
    }
    const after = session.stats();
    expect(after.collections - before.collections).toBe(1);
    // Only the new control was read; the first one's signals were kept.
    expect(after.reads - before.reads).toBe(1);
    expect(notified).toBe(1);
    expect(session.fieldOf(document.getElementById('d1')!)).toMatchObject({
      key: 'diplomaNumber',
      row: 1,
    });
  });

  it('is found by document, and the signal removes it and everything it wrote', async () => {
    const { session, stop } = sessionOn(`<label for="e">电子邮件</label><input id="e" value="a@">`);
    expect(sessionOf(document)).toBe(session);
    expect(document.getElementById('e')!.getAttribute('aria-invalid')).toBe('true');
    stop();
    expect(sessionOf(document)).toBeUndefined();
    expect(checksState()).toBeNull();
    const el = document.getElementById('e')!;
    expect(
      el
        .getAttributeNames()
        .filter((n) => n.startsWith('data-exam-assist') || n.startsWith('aria-')),
    ).toEqual([]);
  });
});
