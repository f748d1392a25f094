// The check command, spawned as a user runs it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIX = 'tests/fixtures/profiles/';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run check -- …` is `tsx src/cli/check.ts …`: run the same through node's tsx loader. */
function check(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/check.ts', ...args],
      { cwd: ROOT, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const noStack = (r: Run) => {
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).not.toMatch(/\n\s+at /);
};

describe('npm run check', () => {
  it('valid profile: no findings, exit 0', async () => {
    const r = await check(FIX + 'valid.json');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('没有发现问题 / No problems found.');
    expect(r.stdout).not.toContain('[R-');
  });

  it('bad ID check character: the ID number error with the right check character, exit 1', async () => {
    const r = await check(FIX + 'bad-id-check.json');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('证件编号 ID number');
    expect(r.stdout).toContain('[R-ID-CN]');
    expect(r.stdout).toContain('应为「8」');
    expect(r.stdout).toContain('the first 17 digits need "8"');
    expect(r.stdout).toContain('共 1 个错误、0 个警告');
  });

  it('在职 with an empty diploma number: the missing diploma number, exit 1', async () => {
    const r = await check(FIX + 'missing-diploma-onduty.json');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/教育经历 第 1 条 · 毕业证书编号/);
    expect(r.stdout).toContain('[R-DIPLOMA-REQUIRED] 缺少毕业证书编号');
    expect(r.stdout).toContain('在职');
  });

  it('执业助理医师(乡镇) certificate: the wrong certificate type, exit 1', async () => {
    const r = await check(FIX + 'township-certificate.json');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/证书情况 第 1 条 · 证书类型/);
    expect(r.stdout).toContain('[R-CERT-TYPE]');
    expect(r.stdout).toContain('执业助理医师(乡镇)');
    expect(r.stdout).toContain('[R-CERT-REQUIRED]');
  });

  it('--json gives machine output with the same findings', async () => {
    const r = await check(FIX + 'township-certificate.json', '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      ruleSet: string;
      errors: number;
      findings: {
        ruleId: string;
        field: string;
        row?: number;
        severity: string;
        message: { zh: string; en: string };
      }[];
    };
    expect(out.ruleSet).toBe('guide-2014');
    expect(out.errors).toBe(2);
    expect(out.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'R-CERT-TYPE',
        field: 'certificateType',
        row: 0,
        severity: 'error',
      }),
    );
  });

  it('--rules picks the rule set; an unknown one is exit 2 listing the valid sets', async () => {
    const ok = await check(FIX + 'valid.json', '--rules', 'notice-2022', '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).ruleSet).toBe('notice-2022');
    const bad = await check(FIX + 'valid.json', '--rules', 'guide-1999');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('guide-2014, notice-2022');
    noStack(bad);
  });

  it('only warnings: exit 0', async () => {
    // A 16-digit diploma number is only a warning (R-DIPLOMA-FORMAT: unusual layouts warn, never block).
    const r = await check(FIX + 'degree-number-warning.json');
    expect(r.stdout).toContain('[R-DIPLOMA-FORMAT]');
    expect(r.stdout).toContain('学位证书编号');
    expect(r.stdout).toContain('共 0 个错误、1 个警告');
    expect(r.code).toBe(0);
  });

  it.each([
    ['not-json.json', '不是有效的 JSON / not valid JSON'],
    ['empty.json', '文件是空的 / the file is empty'],
    ['not-a-profile.json', 'not a profile file'],
    ['wrong-version.json', 'unsupported profile file version'],
    ['bad-field.json', 'profile.basic.name'],
    ['does-not-exist.json', '找不到文件 / file not found'],
    ['', '不是文件而是目录 / is a directory'],
  ])('unreadable %s: exit 2 with a one-line reason', async (name, reason) => {
    const r = await check(FIX + name);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(reason);
    noStack(r);
  });

  it('runs through `npm run check --` exactly as documented', async () => {
    const r = await new Promise<Run>((resolve) => {
      execFile(
        'npm',
        ['run', '-s', 'check', '--', FIX + 'bad-id-check.json', '--json'],
        { cwd: ROOT, timeout: 60_000 },
        (error, stdout, stderr) =>
          resolve({
            code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
            stdout,
            stderr,
          }),
      );
    });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings[0].ruleId).toBe('R-ID-CN');
  });

  it('uses the rule set named in the file; an unknown one falls back to the default with a note', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'exam-assist-check-'));
    const file = JSON.parse(readFileSync(path.join(ROOT, FIX, 'valid.json'), 'utf8'));
    const named = path.join(dir, 'named.json');
    writeFileSync(named, JSON.stringify({ ...file, ruleSet: 'notice-2022' }));
    expect(JSON.parse((await check(named, '--json')).stdout).ruleSet).toBe('notice-2022');
    const unknown = path.join(dir, 'unknown.json');
    writeFileSync(unknown, JSON.stringify({ ...file, ruleSet: 'guide-1999' }));
    const r = await check(unknown);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('guide-2014');
    expect(r.stdout).toContain('注意 / Note');
  });

  it('--help prints the usage and exits 0', async () => {
    const r = await check('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--rules');
  });

  it('no file argument: exit 2 with the usage line', async () => {
    const r = await check();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: npm run check -- <profile.json>');
  });
});
