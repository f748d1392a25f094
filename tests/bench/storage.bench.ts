// `npm run bench storage`: snapshot write time, restore of a full profile into a page
// (target ≤ 100 ms, Chromium), listing 1,000 snapshots (target ≤ 50 ms).
// Prints figures; asserts nothing (docs/contributing.md "Tests").
// Store figures run on fake-indexeddb in Node (the same code as the extension);
// the restore figure runs in Chromium with the built extension (WXT_OUT_DIR).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { SnapshotStore } from '../../src/storage/snapshots';
import {
  addToPatch,
  emptyPatch,
  emptyProfile,
  mergePatch,
  type Profile,
  type ProfilePatch,
} from '../../src/profile';
import { FIELDS } from '../../src/rules/catalogue';

function fullPatch(seed: number): ProfilePatch {
  const patch = emptyPatch();
  for (const field of FIELDS) {
    if (field.sensitive || field.kind === 'file') continue;
    const value = field.options?.[seed % field.options.length] ?? `${field.key}-${seed}`;
    if (field.repeats)
      for (let row = 0; row < 3; row++) addToPatch(patch, field.key, `${value}`, row);
    else addToPatch(patch, field.key, value);
  }
  return patch;
}

function stats(samples: number[]): { median: string; p95: string } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5).toFixed(2), p95: at(0.95).toFixed(2) };
}

async function storeFigures(rows: Record<string, unknown>[]) {
  globalThis.indexedDB = new IDBFactory();
  const store = await SnapshotStore.open('bench');
  const writes: number[] = [];
  for (let i = 0; i < 200; i++) {
    const patch = fullPatch(i);
    const started = performance.now();
    await store.saveAuto(patch, { keepLast: 50, sessionMs: 0 });
    writes.push(performance.now() - started);
  }
  rows.push({
    measure: 'snapshot write, new entry (merge + write + prune, full profile, 3 rows/group)',
    n: 200,
    ...stats(writes),
    target: '-',
  });
  const updates: number[] = [];
  for (let i = 0; i < 200; i++) {
    const patch = fullPatch(1_000 + i);
    const started = performance.now();
    await store.saveAuto(patch, { keepLast: 50, host: 'www.nmec.org.cn' });
    updates.push(performance.now() - started);
  }
  rows.push({
    measure: 'snapshot write, same session (merge + update in place)',
    n: 200,
    ...stats(updates),
    target: '-',
  });

  const profile: Profile = mergePatch(emptyProfile(), fullPatch(1));
  for (let i = 0; i < 1_000; i++)
    await store.saveProfile(profile, {
      source: 'auto',
      now: i,
      ...(i % 100 === 0 ? { name: `n${i}` } : {}),
    });
  const listing: number[] = [];
  let count = 0;
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    count = (await store.list()).snapshots.length;
    listing.push(performance.now() - started);
  }
  rows.push({
    measure: `list snapshots (${count} records)`,
    n: 30,
    ...stats(listing),
    target: '≤ 50 ms',
  });
  store.close();
}

async function restoreFigures(rows: Record<string, unknown>[]) {
  const out = process.env.WXT_OUT_DIR ?? '.output';
  if (!existsSync(`${out}/chrome-mv3/manifest.json`))
    execSync('npx wxt build', { stdio: 'inherit' });
  const { launchExtension } = await import('../e2e/harness');
  const browser = await launchExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(browser.platformUrl('backup/profile.html'));
    await page.click('#add-education');
    await page.waitForSelector('[data-exam-assist-field="name"]');
    const ext = await browser.context.newPage();
    await ext.goto(browser.extensionUrl('options.html'));
    const profileOf = (n: number) => ({
      ...emptyProfile(),
      register: { username: `user${n}`, recoveryQuestion: `问题${n}` },
      basic: {
        name: `张三${n}`,
        idType: '居民身份证',
        idNumber: '11010519491231002X',
        sex: n % 2 ? '女' : '男',
        birthDate: '1949-12-31',
        ethnicity: '回族',
        nationality: '中国 China',
      },
      contact: {
        homePhone: `010-6234567${n % 10}`,
        workPhone: '010-87654321',
        mobile: `1380013800${n % 10}`,
        email: `z${n}@example.com`,
        address: `北京市海淀区学院路${n}号`,
        postcode: '100191',
      },
      work: {
        onDutyStatus: n % 2 ? '在职' : '试用期',
        workUnit: `北京大学第三医院${n}`,
        position: '住院医师',
      },
      education: [0, 1].map((row) => ({
        educationSelected: row === 0 ? 'true' : 'false',
        school: `学校${n}-${row}`,
        graduationDate: `201${row}-07`,
        educationLevel: n % 2 ? '本科' : '硕士研究生',
        schoolingLength: n % 2 ? '五年制' : '三年制',
        major: `专业${n}`,
        diplomaNumber: `1000112015050012${n % 10}${row}`,
      })),
    });
    const inPage: number[] = [];
    const roundTrip: number[] = [];
    let written = 0;
    for (let i = 0; i < 20; i++) {
      // Each run restores into an empty copy of the form with two education rows.
      await page.reload();
      await page.waitForSelector('[data-exam-assist-field="name"]');
      await page.click('#add-education');
      await page.waitForSelector('[id="Edit:SP_Edu.1$School"][data-exam-assist-field]');
      const result = await ext.evaluate(async (profile) => {
        const c = (globalThis as any).chrome;
        const { tabs } = await c.runtime.sendMessage({ type: 'storage:tabs' });
        const started = performance.now();
        const response = await c.tabs.sendMessage(tabs[0].tabId, {
          type: 'backup:apply',
          profile,
          overwrite: false,
        });
        return {
          ms: response.ms as number,
          written: response.written as number,
          total: performance.now() - started,
        };
      }, profileOf(i));
      inPage.push(result.ms);
      roundTrip.push(result.total - 600); // minus the fixed wait for the page's re-check (page-contract: 500 ms)
      written = result.written;
    }
    rows.push({
      measure: `restore full profile into the page (${written} fields, Chromium, in page)`,
      n: 20,
      ...stats(inPage),
      target: '≤ 100 ms',
    });
    rows.push({
      measure: 'restore incl. messaging (minus the 600 ms re-check wait)',
      n: 20,
      ...stats(roundTrip),
      target: '-',
    });
  } finally {
    await browser.close();
  }
}

export default async function (): Promise<void> {
  const rows: Record<string, unknown>[] = [];
  await storeFigures(rows);
  try {
    await restoreFigures(rows);
  } catch (error) {
    rows.push({
      measure: 'restore into the page (Chromium)',
      n: 0,
      median: 'n/a',
      p95: 'n/a',
      target: `skipped: ${String(error).slice(0, 80)}`,
    });
  }
  console.table(rows);
}
