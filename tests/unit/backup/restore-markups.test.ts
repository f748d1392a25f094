// @vitest-environment happy-dom
// Restore into markups beyond the replicas (tests/fixtures/unseen/): what the
// candidate sees in the boxes afterwards, row by row, and what the result reports.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { detectFields, readFieldValue, type FormField } from '../../../src/page';
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
