// Content side of the lazy parts (src/messages/lazy.ts): asks the background to run
// a part's script in this frame once, then returns what the script put on its
// global. Concurrent callers share one request; a failed load is retried next time.
import { send } from '../messages/bus';
import { LAZY_PART_GLOBALS, type LazyPart } from '../messages/lazy';

const loading = new Map<LazyPart, Promise<unknown>>();

export function loadPart<T>(part: LazyPart): Promise<T> {
  const key = LAZY_PART_GLOBALS[part];
  const ready = (globalThis as Record<string, unknown>)[key];
  if (ready) return Promise.resolve(ready as T);
  let job = loading.get(part);
  if (!job) {
    job = send({ type: 'lazy:inject', part }).then((response) => {
      const api = (globalThis as Record<string, unknown>)[key];
      if (!api)
        throw new Error(
          `lazy part ${part} did not load: ${response && !response.ok ? response.error : 'no answer'}`,
        );
      return api;
    });
    job.catch(() => loading.delete(part));
    loading.set(part, job);
  }
  return job as Promise<T>;
}
