// @vitest-environment happy-dom
// scripts/outline-to-replica.mjs: a maintainer turns a saved
// outline into a replica page; the fields keep their tags, types, ids, names,
// labels and options, so detection and taught mappings work on it as on the original.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { detectFields } from '../../../src/page';
import { buildOutline } from '../../../src/page/outline';

const OUTLINE = 'tests/fixtures/outlines/www.nmec.org.cn-unknown-signup.outline.json';

function load(html: string): Document {
  document.open();
  document.write(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<link[^>]*>/g, ''));
  document.close();
  return document;
}

function convert(outlineFile: string): { html: string; status: number; stderr: string } {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'replica-')), 'page.html');
  try {
    execFileSync(process.execPath, ['scripts/outline-to-replica.mjs', outlineFile, out], {
      stdio: 'pipe',
    });
    return { html: readFileSync(out, 'utf8'), status: 0, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stderr: Buffer };
    return { html: '', status: e.status, stderr: String(e.stderr) };
  }
}

describe('outline-to-replica', () => {
  beforeEach(() => load('<!doctype html><html><body></body></html>'));

  it('rebuilds the same form structure: an outline of the replica equals the original outline', () => {
    const original = JSON.parse(readFileSync(OUTLINE, 'utf8'));
    const doc = load(convert(OUTLINE).html);
    const again = buildOutline(doc);
    const shape = (f: {
      tag: string;
      type: string;
      id: string;
      name: string;
      options?: string[];
      section: string;
    }) => [f.tag, f.type, f.id, f.name, f.options ?? null, f.section];
    expect(again.fields.map(shape)).toEqual(original.fields.map(shape));
    expect(doc.getElementById('zz_19')?.closest('tr')?.textContent).toContain('证书号码(学历)');
  });

  it('a taught mapping of the original page applies to the same field of the replica', () => {
    const doc = load(convert(OUTLINE).html);
    const here = { host: location.hostname, path: location.pathname };
    const fields = detectFields(doc, {
      taught: [
        { ...here, selector: 'input[type="text" i][id="zz_19"]', key: 'diplomaNumber' },
        { ...here, selector: 'select[id="zz_11"]', key: 'onDutyStatus' },
      ],
    });
    expect(fields.map((f) => [f.element.id, f.key])).toEqual([
      ['zz_11', 'onDutyStatus'],
      ['zz_19', 'diplomaNumber'],
    ]);
  });

  it('refuses a file that is not a page outline, saying why', () => {
    const bad = path.join(mkdtempSync(path.join(tmpdir(), 'replica-')), 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'exam-assist/profile', version: 1, fields: [] }));
    const result = convert(bad);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Not a page outline');
    writeFileSync(bad, '{ not json');
    expect(convert(bad).stderr).toContain('Cannot read');
  });
});
