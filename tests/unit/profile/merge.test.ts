import { describe, expect, it } from 'vitest';
import {
  addToPatch,
  emptyPatch,
  emptyProfile,
  mergePatch,
  sameProfile,
  countValues,
} from '../../../src/profile';

describe('merge of page values by group and row', () => {
  it('takes the page values, keeps what the page does not show', () => {
    const base = mergePatch(
      emptyProfile(),
      (() => {
        const p = emptyPatch();
        addToPatch(p, 'name', '张三');
        addToPatch(p, 'mobile', '13800138000');
        addToPatch(p, 'school', '北京大学', 0);
        addToPatch(p, 'school', '协和', 1);
        return p;
      })(),
    );
    const patch = emptyPatch();
    addToPatch(patch, 'name', '李四');
    addToPatch(patch, 'diplomaNumber', '123', 1);
    const next = mergePatch(base, patch);
    expect(next.basic).toEqual({ name: '李四' });
    expect(next.contact).toEqual({ mobile: '13800138000' });
    expect(next.education).toEqual([
      { school: '北京大学' },
      { school: '协和', diplomaNumber: '123' },
    ]);
    expect(countValues(next)).toBe(5);
  });

  it('an emptied field is cleared; an emptied last row disappears', () => {
    const p1 = emptyPatch();
    addToPatch(p1, 'name', '张三');
    addToPatch(p1, 'school', 'A', 0);
    addToPatch(p1, 'school', 'B', 1);
    const base = mergePatch(emptyProfile(), p1);
    const p2 = emptyPatch();
    addToPatch(p2, 'name', '');
    addToPatch(p2, 'school', '', 1);
    const next = mergePatch(base, p2);
    expect(next.basic).toEqual({});
    expect(next.education).toEqual([{ school: 'A' }]);
  });

  it('never takes a sensitive, file or unknown key', () => {
    const patch = emptyPatch();
    for (const key of [
      'password',
      'passwordConfirm',
      'recoveryAnswer',
      'captcha',
      'photo',
      'bankCard',
    ])
      addToPatch(patch, key, 'x');
    expect(patch).toEqual(emptyPatch());
    expect(sameProfile(mergePatch(emptyProfile(), patch), emptyProfile())).toBe(true);
  });

  it('fills a gap when the page shows row 2 only', () => {
    const patch = emptyPatch();
    addToPatch(patch, 'certificateNumber', 'C-2', 2);
    expect(mergePatch(emptyProfile(), patch).certificates).toEqual([
      {},
      {},
      { certificateNumber: 'C-2' },
    ]);
  });
});
