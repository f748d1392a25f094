// @vitest-environment happy-dom
// The backup's content-script side (src/backup/content.ts) on a page session:
// what the background and the extension pages get from this tab — the tab's
// registration, the automatic snapshot, collect, preview and apply — and what
// the page shows after a restore. Messages go through WXT's fake browser.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackup } from '../../../src/backup/content';
import { emptyProfile, mergePatch, type Profile } from '../../../src/profile';
import { sessionOn, typeValue } from '../page/dom-page';

const PAGE = `<table>
  <tr><td>手机号码</td><td><input id="mobile" value=""></td></tr>
  <tr><td><label for="email">电子邮件</label></td><td><input id="email" value="li@example.com"></td></tr>
  <tr><td>密码</td><td><input id="pw" type="password" value="Secret#Pw1"></td></tr>
</table>`;

const SNAPSHOT: Profile = mergePatch(emptyProfile(), {
  single: { contact: { mobile: '0381234', email: 'zhang@example.com' } },
  rows: {},
});

/** What this frame sent to the background (storage:* messages), in order. */
let sent: { type: string; [key: string]: unknown }[];

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  fakeBrowser.runtime.onMessage.addListener((message: any) => {
    if (typeof message?.type === 'string' && message.type.startsWith('storage:'))
      sent.push(message);
    return undefined;
  });
});

/** The page with a session and the backup feature on it, stopped by the session's signal as in the content script. */
function startOn(html: string) {
  const started = sessionOn(html);
  startBackup(started.session, started.session.signal);
  return started;
}

/**
 * A request from the popup or the options page, as the tab's content script
 * receives it: the first listener's answer (Chrome takes the first promise; the
 * fake browser's sendMessage drops promise answers, so its event is triggered).
 */
const ask = async (message: object): Promise<any> => {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, {});
  return answers.find((a: unknown) => a !== undefined);
};
const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;

describe('backup in the page', () => {
  it('registers the tab with its recognized fields once the page is checked', async () => {
    startOn(PAGE);
    await expect.poll(() => sent.find((m) => m.type === 'storage:hello')).toBeDefined();
    const hello = sent.find((m) => m.type === 'storage:hello')!;
    expect(hello).toMatchObject({ url: document.location.href, title: document.title });
    expect(hello.fieldCount).toBeGreaterThanOrEqual(2);
  });

  it('answers a ping from the popup with the page and its field count', async () => {
    const { session } = startOn(PAGE);
    await session.whenChecked();
    const pong = await ask({ type: 'backup:ping' });
    expect(pong).toEqual({
      type: 'backup:pong',
      url: document.location.href,
      title: document.title,
      fieldCount: session.fields().length,
    });
  });

  it('collects what the candidate typed, never the password nor an untouched prefill', async () => {
    const { session } = startOn(PAGE);
    await session.whenChecked();
    typeValue(document.getElementById('mobile') as HTMLInputElement, '13912345678');
    const collected = await ask({ type: 'backup:collect' });
    expect(collected.type).toBe('backup:collected');
    expect(collected.patch.single.contact).toMatchObject({ mobile: '13912345678' });
    // The page prefilled the e-mail and the candidate did not touch it: not theirs to save.
    expect(collected.patch.single.contact.email).toBeUndefined();
    expect(JSON.stringify(collected)).not.toContain('Secret#Pw1');
  });

  it('saves a snapshot by itself after the candidate types', async () => {
    const { session } = startOn(PAGE);
    await session.whenChecked();
    typeValue(document.getElementById('mobile') as HTMLInputElement, '13912345678');
    await expect
      .poll(() => sent.find((m) => m.type === 'storage:snapshot'), { timeout: 5_000 })
      .toBeDefined();
    const snapshot = sent.find((m) => m.type === 'storage:snapshot') as any;
    expect(snapshot.reason).toBe('input');
    expect(snapshot.patch.single.contact.mobile).toBe('13912345678');
    expect(JSON.stringify(snapshot)).not.toContain('Secret#Pw1');
  });

  it("previews a restore: a page default counts as empty; the candidate's value is kept", async () => {
    const { session } = startOn(PAGE);
    await session.whenChecked();
    const item = (plan: any, key: string) => plan.items.find((i: { key: string }) => i.key === key);
    const action = (plan: any, key: string) => item(plan, key)?.action;
    // The prefilled e-mail is the page's own value: it is replaced, and the plan says so.
    const first = await ask({ type: 'backup:preview', profile: SNAPSHOT, overwrite: false });
    expect(first.type).toBe('backup:plan');
    expect(action(first.plan, 'mobile')).toBe('fill');
    expect(item(first.plan, 'email')).toMatchObject({ action: 'fill', pageDefault: true });
    // Once the candidate typed it, the e-mail is theirs: kept unless they ask to overwrite.
    typeValue(document.getElementById('email') as HTMLInputElement, 'li@example.com');
    const keep = await ask({ type: 'backup:preview', profile: SNAPSHOT, overwrite: false });
    expect(action(keep.plan, 'email')).toBe('keep');
    const over = await ask({ type: 'backup:preview', profile: SNAPSHOT, overwrite: true });
    expect(action(over.plan, 'email')).toBe('overwrite');
    // Previewing changes nothing on the page.
    expect(value('mobile')).toBe('');
  });

  it('applies a restore like a person typing, and answers with the findings after the checks', async () => {
    const { session } = startOn(PAGE);
    await session.whenChecked();
    const errorsBefore = document.querySelectorAll('[data-exam-assist-state="error"]').length;
    const seen: string[] = [];
    for (const type of ['input', 'change'])
      document.addEventListener(type, (e) => seen.push(`${(e.target as Element).id}:${type}`));
    typeValue(document.getElementById('email') as HTMLInputElement, 'li@example.com');
    const applied = await ask({ type: 'backup:apply', profile: SNAPSHOT, overwrite: false });
    expect(applied).toMatchObject({ type: 'backup:applied', written: 1, failed: [] });
    expect(applied.filled.map((o: { key: string }) => o.key)).toEqual(['mobile']);
    expect(applied.kept.map((o: { key: string }) => o.key)).toEqual(['email']);
    expect(value('mobile')).toBe('0381234');
    expect(value('email')).toBe('li@example.com');
    expect(seen).toEqual(expect.arrayContaining(['mobile:input', 'mobile:change']));
    // 0381234 is no mobile number: the answer counts the error the page now shows.
    expect(document.getElementById('mobile')!.getAttribute('data-exam-assist-state')).toBe('error');
    expect(applied.errors).toBe(errorsBefore + 1);
    expect(applied.warnings).toBe(
      document.querySelectorAll('[data-exam-assist-state="warning"]').length,
    );
  });

  it('does not answer a restore with something that is not a profile, nor after it stopped', async () => {
    const { session, stop } = startOn(PAGE);
    await session.whenChecked();
    expect(
      await ask({ type: 'backup:apply', profile: { basic: 'x' }, overwrite: true }),
    ).toBeUndefined();
    expect(value('mobile')).toBe('');
    stop();
    expect(await ask({ type: 'backup:ping' })).toBeUndefined();
    expect(await ask({ type: 'backup:apply', profile: SNAPSHOT, overwrite: true })).toBeUndefined();
    expect(value('email')).toBe('li@example.com');
  });

  it('a page without recognized fields answers no restore request', async () => {
    const { session } = startOn('<p>通知公告</p><input id="q" placeholder="搜索">');
    await session.whenChecked();
    expect(await ask({ type: 'backup:collect' })).toBeUndefined();
    expect(
      await ask({ type: 'backup:preview', profile: SNAPSHOT, overwrite: false }),
    ).toBeUndefined();
  });
});
