import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, afterAll, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import {
  ImportError,
  SnapshotStore,
  importIntoStore,
  exportText,
  readImportText,
  isEncryptedText,
} from '../../../src/storage';
import { addToPatch, emptyPatch, PROFILE_FILE_VERSION } from '../../../src/profile';

// Same passphrase as tests/fixtures/imports/make-corpus.ts.
const PASSPHRASE = '正确的密码 correct horse';
const dir = path.resolve('tests/fixtures/imports');
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .sort();

let store: SnapshotStore;
let before: string;

beforeAll(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = await SnapshotStore.open();
  const patch = emptyPatch();
  addToPatch(patch, 'name', '原有资料');
  addToPatch(patch, 'school', '原有学校', 0);
  await store.saveAuto(patch, { keepLast: 50 });
  before = JSON.stringify({ list: await store.list(), current: await store.currentProfile() });
});
afterAll(() => store.close());

describe('bad import files', () => {
  it('the corpus has at least 30 files', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)(
    '%s is refused with a message naming the problem, store unchanged',
    async (file) => {
      const expected = file.split('--')[0];
      const text = readFileSync(path.join(dir, file), 'utf8');
      const passphrase = expected === 'passphrase-needed' ? undefined : PASSPHRASE;
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const error = await importIntoStore(store, text, { passphrase, includeHistory: true }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).problem).toBe(expected);
      expect((error as ImportError).text.zh).toMatch(/[\u4e00-\u9fff]/);
      expect((error as ImportError).text.en.length).toBeGreaterThan(10);
      expect(
        JSON.stringify({ list: await store.list(), current: await store.currentProfile() }),
      ).toBe(before);
    },
  );

  it('names the field path of invalid content', async () => {
    const text = readFileSync(path.join(dir, 'invalid--password-in-register.json'), 'utf8');
    await expect(readImportText(text)).rejects.toThrow(/profile\.register/);
  });
});

describe('export and import round trip', () => {
  it('encrypted with a passphrase, imported on a fresh profile, gives the same data', async () => {
    const file = await store.exportFile({ includeHistory: true });
    const text = await exportText(file, 'pass phrase 密码');
    expect(isEncryptedText(text)).toBe(true);
    expect(text).not.toContain('原有资料');
    const envelope = JSON.parse(text);
    expect(envelope.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(envelope.cipher.name).toBe('AES-GCM');
    // Random salt and IV: two exports of the same data differ.
    const again = JSON.parse(await exportText(file, 'pass phrase 密码'));
    expect(again.kdf.salt).not.toBe(envelope.kdf.salt);
    expect(again.cipher.iv).not.toBe(envelope.cipher.iv);

    globalThis.indexedDB = new IDBFactory();
    const fresh = await SnapshotStore.open();
    await importIntoStore(fresh, text, { passphrase: 'pass phrase 密码', includeHistory: false });
    expect(await fresh.currentProfile()).toEqual(file.profile);
    expect((await fresh.list()).snapshots).toHaveLength(1);
    fresh.close();
  });

  it('plain export is the versioned profile file the check command reads', async () => {
    const text = await exportText(await store.exportFile({ includeHistory: false }));
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ format: 'exam-assist/profile', version: PROFILE_FILE_VERSION });
    expect(parsed.profile.basic.name).toBe('原有资料');
    expect(parsed.history).toBeUndefined();
    expect((await readImportText(text)).profile).toEqual(parsed.profile);
  });
});
