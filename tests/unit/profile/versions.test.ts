import { describe, expect, it } from 'vitest';
import {
  PROFILE_FILE_VERSION,
  PROFILE_VERSIONS,
  ProfileFileError,
  migrateProfile,
  migrateProfileFile,
  profileFileSchema,
} from '../../../src/profile';

const v0File = {
  format: 'exam-assist/profile',
  version: 0,
  savedAt: '2025-01-20T08:00:00.000Z',
  values: {
    name: '张三',
    idType: '居民身份证',
    idNumber: '11010519491231002X',
    mobile: '13800138000',
    onDutyStatus: '在职',
    'education.0.school': '北京大学医学部',
    'education.0.diplomaNumber': '100011201505001234',
    'education.1.school': '首都医科大学',
    'certificates.0.certificateType': '执业助理医师',
    // Never carried forward: sensitive and unknown keys.
    password: 'secret123',
    recoveryAnswer: '小明',
    captcha: 'AB12',
    cardNumber: '6222020200000000000',
  },
};

describe('profile versions and migrations', () => {
  it('knows every version up to the current one', () => {
    expect(PROFILE_VERSIONS.at(-1)).toBe(PROFILE_FILE_VERSION);
  });

  it('migrates a flat version-0 file into groups and rows (through 1 to the current 2)', () => {
    const file = migrateProfileFile(v0File);
    expect(file.version).toBe(2);
    expect(file.savedAt).toBe('2025-01-20T08:00:00.000Z');
    expect(file.profile.basic).toEqual({
      name: '张三',
      idType: '居民身份证',
      idNumber: '11010519491231002X',
    });
    expect(file.profile.contact).toEqual({ mobile: '13800138000' });
    expect(file.profile.work).toEqual({ onDutyStatus: '在职' });
    expect(file.profile.education).toEqual([
      { school: '北京大学医学部', diplomaNumber: '100011201505001234' },
      { school: '首都医科大学' },
    ]);
    expect(file.profile.certificates).toEqual([{ certificateType: '执业助理医师' }]);
    expect(profileFileSchema.safeParse(file).success).toBe(true);
  });

  it('drops sensitive keys (password, captcha, recovery answer) during migration', () => {
    const json = JSON.stringify(migrateProfileFile(v0File));
    for (const secret of ['secret123', '小明', 'AB12', '6222020200000000000'])
      expect(json).not.toContain(secret);
  });

  it('drops a row key placed in the wrong group and rows past the limit', () => {
    const file = migrateProfileFile({
      format: 'exam-assist/profile',
      version: 0,
      values: {
        'training.0.school': 'x',
        'education.25.school': 'y',
        'education.3.major': '临床医学',
      },
    });
    expect(file.profile.training).toEqual([]);
    expect(file.profile.education).toEqual([{ major: '临床医学' }]);
  });

  it('reads the current version unchanged', () => {
    const current = migrateProfileFile(v0File);
    expect(migrateProfileFile(JSON.parse(JSON.stringify(current)))).toEqual(current);
  });

  it('migrates a bare stored profile from every earlier version', () => {
    for (const version of PROFILE_VERSIONS) {
      const raw = version === 0 ? v0File.values : migrateProfileFile(v0File).profile;
      expect(migrateProfile(raw, version).basic.name).toBe('张三');
    }
  });

  it('reads a version-1 file as version 2 without ticks; version 2 keeps its ticks', () => {
    const v1 = {
      format: 'exam-assist/profile',
      version: 1,
      savedAt: '2025-01-20T08:00:00.000Z',
      profile: { basic: { name: '张三' }, education: [{ school: '北京大学' }] },
    };
    const file = migrateProfileFile(v1);
    expect(file.version).toBe(2);
    expect(file.profile.basic.name).toBe('张三');
    expect(file.profile.materials).toBeUndefined();
    const ticked = {
      ...v1,
      version: 2,
      profile: {
        ...v1.profile,
        materials: { ready: ['photo'], extra: [{ name: '学历认证报告', ready: true }] },
      },
    };
    expect(migrateProfileFile(ticked).profile.materials).toEqual({
      ready: ['photo'],
      extra: [{ name: '学历认证报告', ready: true }],
    });
    expect(migrateProfile(ticked.profile, 2).materials?.ready).toEqual(['photo']);
    expect(() => migrateProfileFile({ ...ticked, profile: { materials: { ready: [3] } } })).toThrow(
      /invalid content/,
    );
  });

  it('names a future version', () => {
    try {
      migrateProfileFile({ format: 'exam-assist/profile', version: 3, profile: {} });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ProfileFileError);
      expect((error as ProfileFileError).problem).toEqual({ code: 'future-version', version: 3 });
    }
  });

  it('names a wrong format and invalid content', () => {
    expect(() => migrateProfileFile({ format: 'other', version: 1 })).toThrow(
      /not an exam-assist profile/,
    );
    expect(() =>
      migrateProfileFile({
        format: 'exam-assist/profile',
        version: 1,
        profile: { basic: { password: 'x' } },
      }),
    ).toThrow(/invalid content/);
    expect(() =>
      migrateProfileFile({ format: 'exam-assist/profile', version: 0, values: { name: 3 } }),
    ).toThrow(/invalid content/);
  });
});
