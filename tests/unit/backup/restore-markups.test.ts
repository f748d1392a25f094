// @vitest-environment happy-dom
// Restore into markups beyond the replicas (tests/fixtures/unseen/): what the
// candidate sees in the boxes afterwards, row by row, and what the result reports.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { detectFields, readFieldValue, type FormField } from '../../../src/page';
import { readBox } from '../../../src/page/values';
import { applyRestore } from '../../../src/backup/restore';
import { createLedger } from '../../../src/backup/ledger';
import { emptyProfile, mergePatch } from '../../../src/profile';

function load(name: string): Document {
  const html = readFileSync(`tests/fixtures/unseen/${name}`, 'utf8');
  document.open();
  document.write(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<link[^>]*>/g, ''));
  document.close();
  return document;
}

const shown = (name: string): string =>
  readFieldValue(document.querySelector(`[name="${name}"]`) as FormField);
/** One box on its own (a split value's first box reads as the whole value). */
const inBox = (name: string): string =>
  readBox(document.querySelector(`[name="${name}"]`) as FormField);

describe('restore into one 教育及培训 step (education and training rows under one heading)', () => {
  beforeEach(() => {
    load('step-edu-training.html');
  });

  const snapshot = mergePatch(emptyProfile(), {
    single: {},
    rows: {
      education: [
        {
          row: 0,
          values: {
            educationSelected: 'true',
            educationRegion: '大陆',
            school: '北京大学医学部',
            graduationDate: '2012-07',
            educationLevel: '本科',
            diplomaNumber: '100011201205000123',
          },
        },
        {
          row: 1,
          values: {
            school: '首都医科大学',
            graduationDate: '2015-07',
            educationLevel: '硕士研究生',
          },
        },
      ],
      training: [
        { row: 0, values: { trainingSelected: 'true', trainingType: '住院医师规范化培训' } },
        { row: 1, values: { trainingStart: '2016-09', trainingResult: '合格' } },
      ],
    },
  });

  it('fills the education rows as well as the training rows, and reports what it filled', async () => {
    const result = await applyRestore(() => detectFields(document), snapshot, false, {
      ledger: createLedger(),
    });
    expect(shown('pick_1')).toBe('true');
    expect(shown('f_101')).toBe('大陆');
    expect(shown('f_102')).toBe('北京大学医学部');
    expect(shown('f_103')).toBe('2012-07');
    expect(shown('f_106')).toBe('本科');
    expect(shown('f_109')).toBe('100011201205000123');
    expect(shown('f_202')).toBe('首都医科大学');
    expect(shown('f_203')).toBe('2015-07');
    expect(shown('f_206')).toBe('硕士研究生');
    expect(shown('pick_3')).toBe('true');
    expect(shown('f_301')).toBe('住院医师规范化培训');
    expect(shown('f_402')).toBe('2016-09');
    expect(shown('f_403')).toBe('合格');
    expect(result.failed).toEqual([]);
    expect(result.written).toBe(13);
    expect(result.filled.filter((o) => fieldGroup(o.key) === 'education')).toHaveLength(9);
  });
});

const fieldGroup = (key: string) => (key.startsWith('training') ? 'training' : 'education');

describe('restore into split values (one label over several boxes)', () => {
  beforeEach(() => {
    load('split-either.html');
  });

  const snapshot = mergePatch(emptyProfile(), {
    single: {
      contact: { homePhone: '010-62345678', workPhone: '0755-1234567-123' },
      work: { titleDate: '2008-03' },
    },
    rows: {
      education: [{ row: 0, values: { graduationDate: '2012-07' } }],
      certificates: [{ row: 0, values: { certificateIssueDate: '2010-09' } }],
    },
  });

  it('writes every box its piece and reads the whole value back', async () => {
    const result = await applyRestore(() => detectFields(document), snapshot, false, {
      ledger: createLedger(),
    });
    expect([inBox('by0'), inBox('bm0')]).toEqual(['2012', '07']);
    expect([inBox('fzn'), inBox('fzy')]).toEqual(['2010年', '9月']);
    expect([inBox('gh1'), inBox('gh2')]).toEqual(['010', '62345678']);
    expect([inBox('dw1'), inBox('dw2'), inBox('dw3')]).toEqual(['0755', '1234567', '123']);
    expect([inBox('zcn'), inBox('zcy')]).toEqual(['2008', '03']);
    expect(result.failed).toEqual([]);
    expect(result.filled.map((o) => o.value).sort()).toEqual(
      ['010-62345678', '0755-1234567-123', '2008-03', '2010-09', '2012-07'].sort(),
    );
  });

  it('a value the boxes cannot show (no such year in the list) is reported as failed, not filled', async () => {
    const odd = mergePatch(emptyProfile(), {
      single: {},
      rows: { education: [{ row: 0, values: { graduationDate: '1988-07' } }] },
    });
    const result = await applyRestore(() => detectFields(document), odd, false, {
      ledger: createLedger(),
    });
    expect(result.failed).toEqual([
      expect.objectContaining({ key: 'graduationDate', value: '1988-07' }),
    ]);
    expect(inBox('bm0')).toBe('');
  });
});
