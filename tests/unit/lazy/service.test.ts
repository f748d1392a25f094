// The background side of the lazy parts: which file runs where, and what it refuses.
import { describe, expect, it } from 'vitest';
import { handleLazyMessage, type ExecuteScript } from '../../../src/lazy/service';
import { isInjectRequest } from '../../../src/messages/lazy';

function recorder(fail?: string) {
  const calls: Parameters<ExecuteScript>[0][] = [];
  const run: ExecuteScript = async (injection) => {
    calls.push(injection);
    if (fail) throw new Error(fail);
    return [];
  };
  return { calls, run };
}

describe('lazy parts: background', () => {
  it('runs the photo pipeline file in the frame that asked, and only there', async () => {
    const { calls, run } = recorder();
    const answer = await handleLazyMessage(
      { type: 'lazy:inject', part: 'photoPipeline' },
      { tab: { id: 7 } as never, frameId: 3 },
      run,
    );
    expect(answer).toEqual({ ok: true });
    expect(calls).toEqual([{ target: { tabId: 7, frameIds: [3] }, files: ['/photo-pipeline.js'] }]);
  });

  it('a top frame without a frame id gets frame 0', async () => {
    const { calls, run } = recorder();
    await handleLazyMessage(
      { type: 'lazy:inject', part: 'photoPipeline' },
      { tab: { id: 1 } as never },
      run,
    );
    expect(calls[0]!.target).toEqual({ tabId: 1, frameIds: [0] });
  });

  it('leaves other messages to other listeners and injects nothing for unknown parts', async () => {
    const { calls, run } = recorder();
    expect(handleLazyMessage({ type: 'storage:tabs' }, {}, run)).toBeUndefined();
    expect(
      handleLazyMessage(
        { type: 'lazy:inject', part: 'toString' },
        { tab: { id: 1 } as never },
        run,
      ),
    ).toBeUndefined();
    expect(
      handleLazyMessage(
        { type: 'lazy:inject', part: '/evil.js' },
        { tab: { id: 1 } as never },
        run,
      ),
    ).toBeUndefined();
    expect(isInjectRequest(null)).toBe(false);
    expect(calls).toEqual([]);
  });

  it('answers with the reason when the message is not from a tab or the injection fails', async () => {
    expect(
      await handleLazyMessage({ type: 'lazy:inject', part: 'photoPipeline' }, {}, recorder().run),
    ).toEqual({ ok: false, error: 'not sent from a tab' });
    const failing = await handleLazyMessage(
      { type: 'lazy:inject', part: 'photoPipeline' },
      { tab: { id: 2 } as never },
      recorder('Cannot access contents').run,
    );
    expect(failing).toMatchObject({
      ok: false,
      error: expect.stringContaining('Cannot access contents'),
    });
  });
});
