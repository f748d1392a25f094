import { describe, expect, it } from 'vitest';
import {
  addToPatch,
  emptyPatch,
  emptyProfile,
  mergePatch,
  sameProfile,
  countValues,
  patchIsEmpty,
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

describe('materials ticks in a merge', () => {
  const ticks = {
    ready: ['notice-slip', 'photo'],
    extra: [{ name: '学历认证报告', ready: false }],
  };
  it('a page patch without ticks keeps the stored ticks', () => {
    const base = { ...emptyProfile(), materials: ticks };
    const patch = emptyPatch();
    addToPatch(patch, 'name', '张三');
    const next = mergePatch(base, patch);
    expect(next.basic.name).toBe('张三');
    expect(next.materials).toEqual(ticks);
  });
  it('a patch with ticks replaces them whole, and is not empty', () => {
    const base = { ...emptyProfile(), materials: ticks };
    const patch = { ...emptyPatch(), materials: { ready: ['photo'], extra: [] } };
    expect(patchIsEmpty(patch)).toBe(false);
    expect(mergePatch(base, patch).materials).toEqual({ ready: ['photo'], extra: [] });
    expect(sameProfile(base, mergePatch(base, patch))).toBe(false);
  });
});
