// The practice form: the platform's 个人信息 (six groups) and 考试报名 steps 1–6,
// rebuilt from the field catalogue with the order, labels and choices of the
// platform guide (guide-2014). Pure data: the UI (PracticeApp.tsx) renders it and
// the shared rules check it through src/page's startPageAssist, exactly as on
// the platform. Every field appears once, so the profile has one value per key.
import {
  CERTIFICATE_TYPES,
  EDUCATION_LEVELS,
  EXTRA_SUBJECTS,
  ID_TYPES_2014,
  MILITARY_IDENTITY_OPTIONS,
  ON_DUTY_OPTIONS,
  fieldByKey,
  type FieldDef,
  type GroupId,
  type LocalText,
} from '../rules';
import type { RuleSet } from '../rules';

export type RowGroup = 'education' | 'training' | 'certificates';

export interface PracticeGroup {
  id: GroupId;
  title: LocalText;
  /** Field keys in the platform's order. */
  fields: readonly string[];
  /** For row groups: the "+" button's accessible name. */
  addLabel?: LocalText;
  /** A short hint from the guide shown under the group title. */
  hint?: LocalText;
}

export interface PracticeStep {
  /** 1–6, as the platform's step bar numbers them. */
  n: number;
  title: LocalText;
  /** Fields entered on this step (those not prefilled from 个人信息). */
  fields: readonly string[];
  /** What the guide says about this step (guide-2014 "二、考试报名" 1–6). */
  notes: readonly LocalText[];
  /** Groups of 个人信息 this step takes its data from (the platform prefills them). */
  uses?: readonly GroupId[];
}

/** 个人信息 "分为基本信息,联系方式,工作情况,教育经历,培训经历及证书情况六组" (guide-2014). */
export const PROFILE_GROUPS: readonly PracticeGroup[] = [
  {
    id: 'basic',
    title: { zh: '基本信息', en: 'Basic information' },
    fields: ['name', 'idType', 'idNumber', 'sex', 'birthDate', 'ethnicity', 'nationality'],
    hint: {
      zh: '平台上这些项目由注册时决定，不能修改；请与证件完全一致。',
      en: 'On the platform these are fixed at registration; enter them exactly as on your ID.',
    },
  },
  {
    id: 'contact',
    title: { zh: '联系方式', en: 'Contact' },
    fields: ['homePhone', 'workPhone', 'mobile', 'email', 'address', 'postcode'],
  },
  {
    id: 'work',
    title: { zh: '工作情况', en: 'Work' },
    fields: [
      'onDutyStatus',
      'workUnit',
      'workUnitRegion',
      'unitAffiliation',
      'technicalTitle',
      'titleDate',
      'position',
    ],
    hint: {
      zh: '年月格式为 YYYY-MM，中间需要加横杠，如 2008-03。',
      en: 'Year-month as YYYY-MM with a hyphen, e.g. 2008-03.',
    },
  },
  {
    id: 'education',
    title: { zh: '教育经历', en: 'Education' },
    fields: [
      'educationSelected',
      'educationRegion',
      'school',
      'graduationDate',
      'educationCategory',
      'studyMode',
      'educationLevel',
      'degree',
      'schoolingLength',
      'major',
      'diplomaNumber',
    ],
    addLabel: { zh: '添加教育经历', en: 'Add an education entry' },
    hint: {
      zh: '存在多项时（如研究生和本科），请点击 + 添加。毕业证书编号填写 18 位电子注册号。',
      en:
        'Add one entry per degree (e.g. graduate and undergraduate) with +. The diploma number is the ' +
        '18-digit electronic registration number.',
    },
  },
  {
    id: 'training',
    title: { zh: '培训经历', en: 'Training' },
    fields: [
      'trainingSelected',
      'trainingType',
      'trainingStart',
      'trainingEnd',
      'trainingResult',
      'trainingUnit',
      'trainingMajor',
    ],
    addLabel: { zh: '添加培训经历', en: 'Add a training entry' },
    hint: {
      zh: '医考报名中除住院医师规范化培训之外的培训经历可不勾选。',
      en: 'Only 住院医师规范化培训 (standardized residency training) needs ticking for the application.',
    },
  },
  {
    id: 'certificates',
    title: { zh: '证书情况', en: 'Certificates' },
    fields: [
      'certificateSelected',
      'certificateType',
      'certificateIssueDate',
      'certificateNumber',
      'registrationDate',
      'registrationNumber',
    ],
    addLabel: { zh: '添加证书', en: 'Add a certificate' },
    hint: {
      zh: '以中专学历报考执业医师时需要提供“执业助理医师”证书；“执业助理医师(乡镇)”不具备报考资格。',
      en: 'Needed when applying for 执业医师 with 中专 education: type 执业助理医师 (the 乡镇 type does not qualify).',
    },
  },
];

/** 考试报名: the step bar "1 选择报考 — 2 基本情况 — 3 工作情况 — 4 教育及培训 — 5 证书 — 6 确认" (guide-2014). */
export const APPLICATION_STEPS: readonly PracticeStep[] = [
  {
    n: 1,
    title: { zh: '选择报考类别', en: 'Choose the exam' },
    fields: ['examCategory'],
    notes: [
      { zh: '选择报考考试科目（考试类别/级别）。', en: 'Choose the exam (category and level).' },
    ],
  },
  {
    n: 2,
    title: { zh: '基本情况', en: 'Basic information' },
    fields: ['photo', 'hkmotwPermit', 'militaryIdentity'],
    uses: ['basic', 'contact'],
    notes: [
      {
        zh: '照片要求为 jpg 格式文件，不要大于 40k。',
        en: 'The photo must be a jpg file of at most 40 KB.',
      },
      {
        zh: '台港澳人士需要填写“往来大陆通行证”一项。',
        en: 'Taiwan, Hong Kong and Macau candidates fill in the mainland travel permit.',
      },
      {
        zh: '现役军人（需要加考军事医学）需要准确填写“本人身份”一项。',
        en: 'Active military (who take 军事医学) must fill in 本人身份 exactly.',
      },
    ],
  },
  {
    n: 3,
    title: { zh: '工作情况', en: 'Work' },
    fields: [],
    uses: ['work'],
    notes: [
      {
        zh: '获取职称年月的格式为 YYYY-MM，如 2008-03。',
        en: 'The title date is YYYY-MM, e.g. 2008-03.',
      },
      {
        zh: '若本人为当年毕业研究生，尚未获取毕业证书，在岗情况需要选择“当年毕业研究生”。',
        en: 'A graduate student finishing this year without a diploma yet chooses 当年毕业研究生.',
      },
    ],
  },
  {
    n: 4,
    title: { zh: '教育及培训', en: 'Education and training' },
    fields: [],
    uses: ['education', 'training'],
    notes: [
      {
        zh: '勾选用于报考的教育经历和培训经历（条目左上角的“选择”）。',
        en: 'Tick 选择 on the education and training entries used for this application.',
      },
      {
        zh: '以研究生学历报考的考生，还应补充相应本科/专科的教育经历（但不用勾选）。',
        en: 'Applying with a graduate degree: also record the undergraduate/junior-college entry (not ticked).',
      },
      {
        zh: '当年毕业研究生、师承或确有专长者可不填写毕业证书编号。',
        en: 'Graduate students finishing this year and 师承/确有专长 candidates may leave the diploma number empty.',
      },
    ],
  },
  {
    n: 5,
    title: { zh: '证书', en: 'Certificates' },
    fields: [],
    uses: ['certificates'],
    notes: [
      {
        zh: '以中专学历报考执业等级考试科目，需要提供“执业助理医师”证明；其他情况可以直接跳过。',
        en: 'Only when applying for a 执业 level exam with 中专 education; otherwise skip this step.',
      },
      {
        zh: '发证年月、证书编号来自医师资格证书；注册年月、注册编号来自执业证书，注意区分。',
        en:
          'Issue date and number come from the qualification certificate; registration date and number from ' +
          'the practice certificate.',
      },
    ],
  },
  {
    n: 6,
    title: { zh: '确认', en: 'Confirm' },
    fields: [
      'examRegion',
      'examSite',
      'attempts',
      'extraSubject',
      'assistQualificationDate',
      'assistRegistrationNumber',
    ],
    notes: [
      {
        zh: '再次检查报名信息，选择报考的考区和考点。',
        en: 'Check everything once more and choose the exam region and site.',
      },
      {
        zh: '累计报考次数为相同级别、相同类别的报考次数累计（首次报考默认为 1）。',
        en: 'Attempts count the same level and category (1 for a first attempt).',
      },
      {
        zh: '报名信息不提供修改功能：提交后只能放弃报考并重新报名。',
        en: 'A submitted application cannot be edited: only abandoned and filled in again.',
      },
    ],
  },
];

export const PROVINCES = [
  '北京市',
  '天津市',
  '河北省',
  '山西省',
  '内蒙古自治区',
  '辽宁省',
  '吉林省',
  '黑龙江省',
  '上海市',
  '江苏省',
  '浙江省',
  '安徽省',
  '福建省',
  '江西省',
  '山东省',
  '河南省',
  '湖北省',
  '湖南省',
  '广东省',
  '广西壮族自治区',
  '海南省',
  '重庆市',
  '四川省',
  '贵州省',
  '云南省',
  '西藏自治区',
  '陕西省',
  '甘肃省',
  '青海省',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
] as const;

/**
 * 工作单位所在行政区市 is chosen down to the district (guide-2014 申请表 "工作单位所在行政区市");
 * the practice list names the districts of the guide's examples and every other province.
 */
export const WORK_UNIT_REGIONS = [
  '北京市东城区',
  '北京市西城区',
  '北京市朝阳区',
  '北京市海淀区',
  '上海市黄浦区',
  ...PROVINCES.filter((p) => p !== '北京市' && p !== '上海市'),
] as const;

/** The 56 民族 plus 其它 (R-ETHNIC-PASSPORT: 外籍护照 → 其它). */
export const ETHNICITIES = [
  '汉族',
  '蒙古族',
  '回族',
  '藏族',
  '维吾尔族',
  '苗族',
  '彝族',
  '壮族',
  '布依族',
  '朝鲜族',
  '满族',
  '侗族',
  '瑶族',
  '白族',
  '土家族',
  '哈尼族',
  '哈萨克族',
  '傣族',
  '黎族',
  '傈僳族',
  '佤族',
  '畲族',
  '高山族',
  '拉祜族',
  '水族',
  '东乡族',
  '纳西族',
  '景颇族',
  '柯尔克孜族',
  '土族',
  '达斡尔族',
  '仫佬族',
  '羌族',
  '布朗族',
  '撒拉族',
  '毛南族',
  '仡佬族',
  '锡伯族',
  '阿昌族',
  '普米族',
  '塔吉克族',
  '怒族',
  '乌孜别克族',
  '俄罗斯族',
  '鄂温克族',
  '德昂族',
  '保安族',
  '裕固族',
  '京族',
  '塔塔尔族',
  '独龙族',
  '鄂伦春族',
  '赫哲族',
  '门巴族',
  '珞巴族',
  '基诺族',
  '其它',
] as const;

/** Exams of 医师资格考试 with the platform's codes (guide-2014 figures: 110 临床执业医师, 120 口腔执业医师, 150 中西医结合执业医师). */
export const EXAM_CATEGORIES = [
  '110 临床执业医师',
  '120 口腔执业医师',
  '130 公共卫生执业医师',
  '140 中医执业医师',
  '150 中西医结合执业医师',
  '210 临床执业助理医师',
  '220 口腔执业助理医师',
  '230 公共卫生执业助理医师',
  '240 中医执业助理医师',
  '250 中西医结合执业助理医师',
] as const;

/** Practice sites: the guide's example (北京市 东城区) and one site per other region. */
export function examSites(region: string): string[] {
  if (region === '北京市') return ['东城区', '西城区', '朝阳区', '海淀区'];
  return region ? [`${region}考点`] : [];
}

/** Choices for selects whose options the catalogue leaves open, as the platform's figures show them. */
const CHOICES: Record<string, readonly string[]> = {
  ethnicity: ETHNICITIES,
  // The platform writes "中国 China" (guide-2014 申请表: "国籍: 中国 China").
  nationality: ['中国 China', '其他 Other'],
  workUnitRegion: WORK_UNIT_REGIONS,
  unitAffiliation: ['卫生', '军队', '武警', '公安', '其他'],
  technicalTitle: ['无', '医士', '医师', '主治医师', '副主任医师', '主任医师'],
  educationRegion: ['大陆', '港澳台', '国外'],
  educationCategory: ['高等医学教育', '中等医学教育', '师承或确有专长'],
  studyMode: ['普通全日制', '成人教育', '自学考试', '网络教育'],
  degree: ['无', '医学学士', '医学硕士', '医学博士'],
  schoolingLength: ['二年制', '三年制', '四年制', '五年制', '六年制', '七年制', '八年制'],
  trainingType: ['住院医师规范化培训', '其他培训'],
  examCategory: EXAM_CATEGORIES,
  examRegion: PROVINCES,
  onDutyStatus: ON_DUTY_OPTIONS,
  militaryIdentity: MILITARY_IDENTITY_OPTIONS,
  certificateType: CERTIFICATE_TYPES,
  extraSubject: EXTRA_SUBJECTS,
  educationLevel: EDUCATION_LEVELS,
};

/**
 * The options of a select field, in the platform's order. 证件类型 follows the
 * active rule set (R-IDTYPE: the list changed by year).
 */
export function choicesFor(
  key: string,
  ruleSet?: RuleSet,
  context: { examRegion?: string } = {},
): readonly string[] {
  if (key === 'idType') return ruleSet?.idTypes ?? ID_TYPES_2014;
  if (key === 'examSite') return examSites(context.examRegion ?? '');
  return CHOICES[key] ?? fieldByKey(key)?.options ?? [];
}

/** The catalogue definition of a field on the practice form (throws on a key the catalogue lacks). */
export function practiceField(key: string): FieldDef {
  const def = fieldByKey(key);
  if (!def) throw new Error(`practice form: ${key} is not in the field catalogue`);
  return def;
}

/**
 * Where the platform's form words a label differently from the catalogue's
 * name for the field, the practice form shows the platform's words (guide-2014 填写说明).
 */
const PLATFORM_LABELS: Record<string, string> = {
  homePhone: '家庭联系电话(或小灵通)',
};

/** The label the practice form shows for a field: the platform's own text. */
export function labelFor(def: FieldDef): string {
  return PLATFORM_LABELS[def.key] ?? def.label.zh;
}

/** Placeholders that show the expected format (guide-2014 填写说明). */
export function placeholderFor(def: FieldDef): string {
  if (def.kind === 'yearMonth') return 'YYYY-MM';
  if (def.kind === 'date') return 'YYYY-MM-DD';
  if (def.key === 'homePhone' || def.key === 'workPhone') return '010-12345678';
  return '';
}

/** Every field key of the practice form, in page order. */
export function allPracticeKeys(): string[] {
  return [
    ...PROFILE_GROUPS.flatMap((group) => group.fields),
    ...APPLICATION_STEPS.flatMap((step) => step.fields),
  ];
}

/**
 * Step 6 shows the application form to check once more before submitting
 * (guide-2014 "6. 选择考区及考点" and its 申请表 figure: 姓名, 性别, 证件类型, 民族,
 * 证件编号, 出生日期, 国籍, 报考学历, 学制, 学习形式, 毕业学校, 毕业专业, 毕业年月,
 * 毕业证书编号, 在岗情况, 工作单位所在行政区市). Education values come from the ticked entry.
 */
export const CONFIRM_RECAP: readonly string[] = [
  'name',
  'sex',
  'idType',
  'ethnicity',
  'idNumber',
  'birthDate',
  'nationality',
  'educationLevel',
  'schoolingLength',
  'studyMode',
  'school',
  'major',
  'graduationDate',
  'diplomaNumber',
  'onDutyStatus',
  'workUnitRegion',
];
