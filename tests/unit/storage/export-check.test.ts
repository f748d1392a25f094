// The check command (`npm run check`, src/cli/check.ts) reads the same plain
// file the backup exports, with or without history.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { SnapshotStore, exportText } from '../../../src/storage';
import { addToPatch, emptyPatch } from '../../../src/profile';
import { runCli } from '../../../src/cli/check';

let store: SnapshotStore;
const dir = mkdtempSync(path.join(tmpdir(), 'exam-assist-check-'));

beforeAll(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = await SnapshotStore.open();
  const first = emptyPatch();
  addToPatch(first, 'name', '张三');
  addToPatch(first, 'idType', '居民身份证');
  addToPatch(first, 'idNumber', '110105199003071238'); // wrong check character: an error finding
  await store.saveAuto(first, { keepLast: 50, now: 1 });
  const second = emptyPatch();
  addToPatch(second, 'school', '北京大学医学部', 0);
  await store.saveAuto(second, { keepLast: 50, now: 2 });
});
afterAll(() => store.close());

describe('export read by the check command', () => {
  it.each([false, true])(
    'history %s: the check command reads the export and reports its findings',
    async (includeHistory) => {
      const file = path.join(dir, `export-${includeHistory}.json`);
      writeFileSync(
        file,
        await exportText(await store.exportFile({ includeHistory, ruleSet: 'guide-2014' })),
      );
      const result = runCli([file, '--json']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      const out = JSON.parse(result.stdout);
      expect(out.ruleSet).toBe('guide-2014');
      expect(
        out.findings.some(
          (f: { field: string; severity: string }) =>
            f.field === 'idNumber' && f.severity === 'error',
        ),
      ).toBe(true);
    },
  );

  it('an encrypted export is not something the check command pretends to read', async () => {
    const file = path.join(dir, 'encrypted.json');
    writeFileSync(
      file,
      await exportText(await store.exportFile({ includeHistory: false }), 'passphrase 123'),
    );
    const result = runCli([file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not a profile file|资料文件/);
  });
});
