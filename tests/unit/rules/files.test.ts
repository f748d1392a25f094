// R-PHOTO / R-MATERIAL helpers on file metadata, as the photo code calls them.
import { describe, expect, it } from 'vitest';
import { checkMaterialFile, checkPhotoFile, parseFileValue, RULE_SETS } from '../../../src/rules';

describe('checkPhotoFile', () => {
  it('accepts a 40,000-byte jpg under the guide and refuses 40,001', () => {
    expect(
      checkPhotoFile(
        { type: 'image/jpeg', bytes: 40_000, width: 330, height: 480 },
        RULE_SETS['guide-2014'],
      ),
    ).toEqual([]);
    const [f] = checkPhotoFile(
      { type: 'image/jpeg', bytes: 40_001, width: 330, height: 480 },
      RULE_SETS['guide-2014'],
    );
    expect(f).toMatchObject({ severity: 'error' });
    expect(f!.message.zh).toContain('40,000 字节');
  });

  it('reads the later notice limits from the rule set (< 30 KB, ≥ 190×254)', () => {
    const set = RULE_SETS['notice-2022'];
    expect(
      checkPhotoFile({ type: 'image/jpeg', bytes: 29_999, width: 190, height: 254 }, set),
    ).toEqual([]);
    expect(
      checkPhotoFile({ type: 'image/jpeg', bytes: 30_000, width: 190, height: 254 }, set),
    ).toHaveLength(1);
    expect(
      checkPhotoFile({ type: 'image/jpeg', bytes: 20_000, width: 189, height: 254 }, set)[0]!
        .message.zh,
    ).toContain('190×254');
  });

  it('takes a preset’s limits directly', () => {
    const preset = { maxBytes: 50_000, minWidth: 358, minHeight: 441, types: ['image/jpeg'] };
    expect(
      checkPhotoFile({ type: 'image/jpeg', bytes: 45_000, width: 358, height: 441 }, preset),
    ).toEqual([]);
    expect(
      checkPhotoFile({ type: 'image/jpeg', bytes: 45_000, width: 300, height: 441 }, preset),
    ).toHaveLength(1);
  });

  it('refuses non-jpg files by type or by name, and warns on a landscape photo', () => {
    expect(
      checkPhotoFile({ type: 'image/png', bytes: 1000 }, RULE_SETS['guide-2014'])[0]!.message.en,
    ).toContain('jpg');
    expect(checkPhotoFile({ name: 'IMG_0001.HEIC' }, RULE_SETS['guide-2014'])).toHaveLength(1);
    expect(checkPhotoFile({ name: 'photo.JPG' }, RULE_SETS['guide-2014'])).toEqual([]);
    expect(
      checkPhotoFile(
        { type: 'image/jpeg', bytes: 1000, width: 480, height: 330 },
        RULE_SETS['guide-2014'],
      )[0]!.severity,
    ).toBe('warning');
  });
});

describe('checkMaterialFile', () => {
  it('accepts jpg/png up to 200,000 bytes', () => {
    expect(
      checkMaterialFile({ type: 'image/png', bytes: 200_000 }, RULE_SETS['guide-2014']),
    ).toEqual([]);
    expect(
      checkMaterialFile({ type: 'image/jpeg', bytes: 200_001 }, RULE_SETS['guide-2014']),
    ).toHaveLength(1);
    expect(
      checkMaterialFile({ type: 'application/pdf', bytes: 1000 }, RULE_SETS['guide-2014']),
    ).toHaveLength(1);
  });
});

describe('parseFileValue', () => {
  it('reads metadata JSON, a fakepath name, and nothing from an empty value', () => {
    expect(parseFileValue('{"type":"image/jpeg","size":123,"width":1,"height":2}')).toEqual({
      type: 'image/jpeg',
      name: undefined,
      bytes: 123,
      width: 1,
      height: 2,
    });
    expect(parseFileValue('C:\\fakepath\\a.jpg')).toEqual({ name: 'C:\\fakepath\\a.jpg' });
    expect(parseFileValue('  ')).toBeUndefined();
  });
});
