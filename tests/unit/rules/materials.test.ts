// The materials checklist: a profile in, the items out (src/rules/materials/).
// One table row per condition of the guide's list of 现场审核材料, and the three
// typical candidates with exactly the items the list gives them.
import { describe, expect, it } from 'vitest';
import {
  MATERIAL_IDS,
  MATERIAL_SETS,
  materialSetFor,
  computeMaterials,
  examYearOf,
  otherMaterialsReason,
  citeSource,
  type MaterialId,
  type MaterialsInput,
} from '../../../src/rules/materials';

const TODAY = new Date('2026-01-25T10:00:00');
const OPTIONS = { today: TODAY, photoMaxBytes: 40_000 };
const list = (profile: MaterialsInput, photoMaxBytes = 40_000) =>
  computeMaterials(profile, { today: TODAY, photoMaxBytes });
const ids = (profile: MaterialsInput) => list(profile).items.map((item) => item.id);
const item = (profile: MaterialsInput, id: MaterialId) =>
  list(profile).items.find((i) => i.id === id);

/** A mainland candidate in work, nothing special: the base every row changes one value of. */
const base = (): Required<MaterialsInput> => ({
  basic: { idType: '居民身份证', idNumber: '110102199101010078' },
  work: { onDutyStatus: '在职', workUnit: '某某科技有限公司' },
  education: [
    {
      educationSelected: 'true',
      educationRegion: '大陆',
      educationLevel: '本科',
      graduationDate: '2020-07',
      school: '北京大学',
    },
  ],
  certificates: [],
  application: { examCategory: '110 临床执业医师' },
});

const ALWAYS: MaterialId[] = ['notice-slip', 'id-document', 'photo'];

describe('each condition of the list (a profile in, the items out)', () => {
  type Row = [string, (p: Required<MaterialsInput>) => void, MaterialId[], MaterialId[], RegExp?];
  const rows: Row[] = [
    ['nothing special', () => {}, ['diploma', 'probation-assessment'], ['graduate-pledge']],
    [
      '证件类型 居民身份证 → the second-generation ID card',
      () => {},
      ['id-document'],
      [],
      /id-document: 证件类型：居民身份证\nid-document: 第二代居民身份证/,
    ],
    [
      '证件类型 军官证 → that document',
      (p) => (p.basic.idType = '军官证'),
      ['id-document'],
      [],
      /id-document: 军官证原件及复印件/,
    ],
    [
      '证件类型 外籍护照 → passport and the foreign internship form',
      (p) => (p.basic.idType = '外籍护照'),
      ['internship-form-foreign'],
      ['internship-form-hkmotw'],
      /id-document: 护照原件/,
    ],
    [
      '证件类型 香港身份证 → the HK/Macau/Taiwan form',
      (p) => (p.basic.idType = '香港身份证'),
      ['internship-form-hkmotw'],
      ['internship-form-foreign'],
      /internship-form-hkmotw: .*证件类型：香港身份证/,
    ],
    [
      '教育经历 类型 国外 → the foreign degree certification',
      (p) => (p.education[0]!.educationRegion = '国外'),
      ['foreign-degree-cert'],
      [],
      /foreign-degree-cert: .*教育经历·类型：国外，北京大学/,
    ],
    [
      'a second, unticked row 港澳台 also needs the certification',
      (p) => p.education.push({ educationRegion: '港澳台', educationLevel: '本科' }),
      ['foreign-degree-cert'],
      [],
    ],
    [
      '在岗情况 当年毕业研究生 → diploma before the written exam, internship licence, pledge',
      (p) => {
        p.work.onDutyStatus = '当年毕业研究生';
        p.work.workUnit = '北京协和医院';
        p.education[0]!.educationLevel = '硕士研究生';
        p.education[0]!.graduationDate = '2026-06';
      },
      ['diploma', 'institution-licence', 'graduate-pledge', 'probation-assessment'],
      [],
      /diploma: 在岗情况：当年毕业研究生\ndiploma: .*笔试前/,
    ],
    [
      'graduating in the exam year (应届本科) → the pledge',
      (p) => (p.education[0]!.graduationDate = '2026-07'),
      ['graduate-pledge'],
      [],
      /graduate-pledge: .*毕业年月：2026-07/,
    ],
    [
      'graduated the year before → no pledge',
      (p) => (p.education[0]!.graduationDate = '2025-07'),
      [],
      ['graduate-pledge'],
    ],
    [
      '在岗情况 试用期 → the probation certificate from that unit',
      (p) => {
        p.work.onDutyStatus = '试用期';
        p.work.workUnit = '北京大学第一医院';
      },
      ['probation-assessment'],
      [],
      /probation-assessment: 在岗情况：试用期；由试用机构（北京大学第一医院）出具/,
    ],
    [
      'a hospital as work unit → its licence',
      (p) => (p.work.workUnit = '北京大学第一医院'),
      ['institution-licence'],
      [],
      /institution-licence: 工作单位名称：北京大学第一医院（医疗机构）/,
    ],
    [
      'a township health centre → its licence',
      (p) => (p.work.workUnit = '某某镇卫生院'),
      ['institution-licence'],
      [],
    ],
    [
      'a hand-typed unit that is not a full name (R-WORKUNIT) → the licence, to confirm',
      (p) => (p.work.workUnit = 'bjdxdyyy'),
      ['institution-licence'],
      [],
      /institution-licence: .*R-WORKUNIT/,
    ],
    ['a company as work unit → no licence', () => {}, [], ['institution-licence']],
    [
      '执业助理医师 → 执业医师: certificates, practice assessment instead of probation',
      (p) => {
        p.certificates.push({
          certificateSelected: 'true',
          certificateType: '执业助理医师',
          certificateIssueDate: '2016-12',
          registrationDate: '2017-06',
        });
      },
      ['assistant-qualification-cert', 'assistant-practice-cert', 'practice-assessment'],
      ['probation-assessment', 'first-registration'],
      /practice-assessment: 报考类别：110 临床执业医师；证书情况：执业助理医师（发证 2016-12）/,
    ],
    [
      '执业助理医师(乡镇) is not the qualifying certificate (R-CERT-TYPE)',
      (p) => p.certificates.push({ certificateType: '执业助理医师(乡镇)' }),
      ['probation-assessment'],
      ['assistant-qualification-cert', 'practice-assessment'],
    ],
    [
      'an 执业助理医师 applying for another assistant exam: no assistant items',
      (p) => {
        p.application.examCategory = '210 临床执业助理医师';
        p.certificates.push({ certificateType: '执业助理医师' });
      },
      ['probation-assessment'],
      ['assistant-qualification-cert'],
    ],
    [
      '中专, registered 2023 (under 5 years) → the first registration proof',
      (p) => {
        p.education[0]!.educationLevel = '中专';
        p.certificates.push({ certificateType: '执业助理医师', registrationDate: '2023-05' });
      },
      ['first-registration'],
      [],
      /first-registration: 注册年月：2023-05，至 2026 年不满 5 年（中专学历）/,
    ],
    [
      '专科, registered 2023 (3 years, 2 needed) → no first registration proof',
      (p) => {
        p.education[0]!.educationLevel = '专科';
        p.certificates.push({ certificateType: '执业助理医师', registrationDate: '2023-05' });
      },
      ['practice-assessment'],
      ['first-registration'],
    ],
    [
      '传统医学师承 → the apprenticeship certificate, no diploma',
      (p) => (p.education[0]!.educationLevel = '传统医学师承或确有专长人员'),
      ['mentorship-cert'],
      ['diploma'],
      /mentorship-cert: 学历：传统医学师承或确有专长人员/,
    ],
    [
      '军队现役 → identity document and the political department’s approval',
      (p) => (p.work.militaryIdentity = '军队及武警干部'),
      ['military-identity', 'military-approval'],
      [],
      /military-approval: 本人身份：军队及武警干部/,
    ],
    [
      '军队聘用地方人员 is not active duty',
      (p) => (p.work.militaryIdentity = '军队及武警部队聘用地方人员'),
      [],
      ['military-identity', 'military-approval'],
    ],
  ];
  it.each(rows)('%s', (_name, change, present, absent, reason) => {
    const profile = base();
    change(profile);
    const result = list(profile);
    const got = result.items.map((i) => i.id);
    for (const id of [...ALWAYS, ...present]) expect(got).toContain(id);
    for (const id of absent) expect(got).not.toContain(id);
    if (reason)
      expect(
        result.items
          .flatMap((i) => [`${i.id}: ${i.reason.zh}`, `${i.id}: ${i.detail.zh}`])
          .join('\n'),
      ).toMatch(reason);
  });
});

describe('the three typical candidates get exactly the guide’s items', () => {
  it('应届本科毕业生', () => {
    const profile: MaterialsInput = {
      basic: { idType: '居民身份证', idNumber: '110102200301010012' },
      work: { onDutyStatus: '试用期', workUnit: '北京大学第一医院' },
      education: [
        {
          educationSelected: 'true',
          educationRegion: '大陆',
          school: '北京大学',
          educationLevel: '本科',
          graduationDate: '2026-07',
        },
      ],
      application: { examCategory: '110 临床执业医师', examRegion: '北京市', examSite: '东城区' },
    };
    expect(ids(profile)).toEqual([
      'notice-slip',
      'id-document',
      'diploma',
      'probation-assessment',
      'institution-licence',
      'graduate-pledge',
      'photo',
    ]);
    expect(item(profile, 'probation-assessment')!.reason.zh).toBe(
      '毕业年月：2026-07（2026 年报考当年毕业，应届）；由实习机构（北京大学第一医院）出具',
    );
    expect(list(profile).upload).toBe(true);
  });

  it('执业助理医师 → 执业医师 with 中专', () => {
    const profile: MaterialsInput = {
      basic: { idType: '居民身份证' },
      work: { onDutyStatus: '在职', workUnit: '某某县人民医院' },
      education: [
        {
          educationSelected: 'true',
          educationRegion: '大陆',
          educationLevel: '中专',
          graduationDate: '2012-07',
        },
      ],
      certificates: [
        {
          certificateSelected: 'true',
          certificateType: '执业助理医师',
          certificateIssueDate: '2014-12',
          registrationDate: '2015-06',
        },
      ],
      application: { examCategory: '110 临床执业医师' },
    };
    expect(ids(profile)).toEqual([
      'notice-slip',
      'id-document',
      'diploma',
      'assistant-qualification-cert',
      'assistant-practice-cert',
      'practice-assessment',
      'institution-licence',
      'photo',
    ]);
    expect(item(profile, 'diploma')!.reason.zh).toBe('学历：中专');
  });

  it('台湾 candidate with 台湾身份证', () => {
    const profile: MaterialsInput = {
      basic: { idType: '台湾身份证', idNumber: 'A123456789' },
      work: { onDutyStatus: '试用期', workUnit: '厦门大学附属第一医院' },
      education: [
        {
          educationSelected: 'true',
          educationRegion: '港澳台',
          school: '台湾大学',
          educationLevel: '本科',
          graduationDate: '2022-06',
        },
      ],
      application: { examCategory: '110 临床执业医师' },
    };
    expect(ids(profile)).toEqual([
      'notice-slip',
      'id-document',
      'diploma',
      'foreign-degree-cert',
      'probation-assessment',
      'internship-form-hkmotw',
      'institution-licence',
      'photo',
    ]);
    expect(item(profile, 'id-document')!.detail.zh).toContain('你的证件类型：台湾身份证');
    expect(item(profile, 'internship-form-hkmotw')!.reason.zh).toBe('证件类型：台湾身份证');
  });
});

describe('uploads, photo and sources', () => {
  it('active-duty candidates upload nothing (on-site review instead)', () => {
    const profile = base();
    profile.work.militaryIdentity = '公安部所属边防、消防、警卫现役士官';
    const result = list(profile);
    expect(result.upload).toBe(false);
    expect(result.uploadReason!.zh).toContain('现场审核');
    expect(list(base()).upload).toBe(true);
  });
  it('the ID document takes two images; the photo uses the active preset', () => {
    expect(item(base(), 'id-document')!.scan).toEqual({ images: 2 });
    expect(item(base(), 'photo')!.photo).toBe(true);
    expect(list(base(), 40_000).items.at(-1)!.detail.zh).toContain('不超过 40 KB');
    expect(list(base(), 29_999).items.at(-1)!.detail.zh).toContain('小于 30 KB');
  });
  it('from October on the list prepares next year’s registration', () => {
    expect(examYearOf(new Date('2026-09-30T12:00:00'))).toBe(2026);
    expect(examYearOf(new Date('2026-10-01T12:00:00'))).toBe(2027);
    const profile = base();
    profile.education[0]!.graduationDate = '2027-06';
    const december = computeMaterials(profile, {
      today: new Date('2026-12-02'),
      photoMaxBytes: 40_000,
    });
    expect(december.items.map((i) => i.id)).toContain('graduate-pledge');
    expect(ids(profile)).toContain('graduate-pledge'); // January 2026: graduating later still counts
  });
  it('an empty profile still gets the items every candidate brings', () => {
    expect(ids({})).toEqual([
      'notice-slip',
      'id-document',
      'diploma',
      'probation-assessment',
      'photo',
    ]);
  });
  it('every item cites a document by title and year, and each id is known', () => {
    const profile = base();
    profile.basic.idType = '台湾身份证';
    profile.work.militaryIdentity = '军队及武警干部';
    for (const i of list(profile).items) {
      expect(MATERIAL_IDS).toContain(i.id);
      expect(i.sources.length).toBeGreaterThan(0);
      expect(citeSource(i.sources[0]!, 'zh')).toMatch(/（20\d\d），第（.+）项|（20\d\d），/);
      expect(i.reason.en.length).toBeGreaterThan(0);
    }
  });
  it('each materials set has one rule per id, all known; both field rule sets use review-2014', () => {
    for (const set of Object.values(MATERIAL_SETS)) {
      const ruleIds = set.rules.map((rule) => rule.id);
      expect(new Set(ruleIds).size).toBe(ruleIds.length);
      for (const id of ruleIds) expect(MATERIAL_IDS).toContain(id);
    }
    expect(materialSetFor('guide-2014').id).toBe('review-2014');
    expect(materialSetFor('notice-2022').id).toBe('review-2014');
  });
  it('item 11 names the chosen region and site', () => {
    expect(
      otherMaterialsReason({ application: { examRegion: '北京市', examSite: '东城区' } }).zh,
    ).toContain('北京市 东城区');
    expect(otherMaterialsReason({}).zh).toContain('卫生部门的通知');
  });
  void OPTIONS;
});
