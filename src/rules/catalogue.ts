// The field catalogue: every field of the platform's forms that the platform documents
// (docs/spec/platform-rules.md "Sources") and
// docs/spec/platform-rules.md name, with the labels a candidate reads on the page.
// Field detection (src/page/) matches these labels; the profile schema
// (src/profile/) and the rule engine key everything on `key`.

import type { LocalText } from './types';

/** The six groups of 个人信息 (guide-2014 "个人信息分为…六组"), plus 注册 and 考试报名. */
export type GroupId =
  | 'register'
  | 'basic'
  | 'contact'
  | 'work'
  | 'education'
  | 'training'
  | 'certificates'
  | 'application';

export type FieldKind = 'text' | 'select' | 'date' | 'yearMonth' | 'checkbox' | 'file' | 'password';

export interface FieldDef {
  key: string;
  group: GroupId;
  /** The label as the platform's guide writes it. */
  label: LocalText;
  /**
   * Other label texts seen for the same field (guide-2014 tables, FAQ, 2020 signup page).
   * Compared after removing whitespace, required stars and colons.
   */
  labelVariants: string[];
  /** Known id/name suffixes after `$` on the platform (e.g. `Certificate_No`): a second signal. */
  idSuffixes: string[];
  kind: FieldKind;
  /** True for the fields of a repeated row (education, training, certificates). */
  repeats: boolean;
  /** Never stored, exported or logged: passwords, captcha, the recovery answer. */
  sensitive?: boolean;
  /** Known option texts for selects (what the platform shows). */
  options?: string[];
  /**
   * What the field is for, shown where its label stands away from its form (the popup, the
   * practice summary, the command line): the platform's bare 选择 tick box says nothing there.
   */
  purpose?: LocalText;
}

export interface GroupDef {
  id: GroupId;
  label: LocalText;
  repeats: boolean;
}

export const GROUPS: readonly GroupDef[] = [
  { id: 'register', label: { zh: '注册与安全设置', en: 'Account' }, repeats: false },
  { id: 'basic', label: { zh: '基本信息', en: 'Basic information' }, repeats: false },
  { id: 'contact', label: { zh: '联系方式', en: 'Contact' }, repeats: false },
  { id: 'work', label: { zh: '工作情况', en: 'Work' }, repeats: false },
  { id: 'education', label: { zh: '教育经历', en: 'Education' }, repeats: true },
  { id: 'training', label: { zh: '培训经历', en: 'Training' }, repeats: true },
  { id: 'certificates', label: { zh: '证书情况', en: 'Certificates' }, repeats: true },
  { id: 'application', label: { zh: '考试报名', en: 'Exam application' }, repeats: false },
];

/** 证件类型 of the platform guide (guide-2014 填写说明 "证件类型"). */
export const ID_TYPES_2014 = [
  '居民身份证',
  '军官证',
  '警官证',
  '文职干部证',
  '士兵(官)证',
  '军队学员证',
  '台湾往来大陆通行证',
  '台湾身份证',
  '香港往来大陆通行证',
  '香港身份证',
  '澳门往来大陆通行证',
  '澳门身份证',
  '外籍护照',
] as const;

/** 证件类型 of the later notices (2022: 港澳台居民居住证 added; R-IDTYPE). */
export const ID_TYPES_2022 = [
  '居民身份证',
  '港澳台居民居住证',
  '军官证',
  '警官证',
  '文职干部证',
  '士兵(官)证',
  '军队学员证',
  '台湾居民来往大陆通行证',
  '台湾身份证',
  '港澳居民来往内地通行证',
  '香港身份证',
  '澳门身份证',
  '外籍护照',
] as const;

/** R-ONDUTY: guide-2014 填写说明 "在岗情况". */
export const ON_DUTY_OPTIONS = ['试用期', '在职', '当年毕业研究生'] as const;

/** R-MILITARY-IDENTITY: guide-2014 填写说明 "本人身份", in the platform's order. */
export const MILITARY_IDENTITY_OPTIONS = [
  '军队及武警干部',
  '军队及武警士官',
  '军队及武警部队聘用地方人员',
  '公安部所属边防、消防、警卫现役干部',
  '公安部所属边防、消防、警卫现役士官',
  '公安部所属边防、消防、警卫部队聘用地方人员',
] as const;

/** 证书类型 (guide-2014 "5. 选择证书"). */
export const CERTIFICATE_TYPES = ['执业助理医师', '执业助理医师(乡镇)', '执业医师'] as const;

/** 加试科目 (guide-2014 填写说明 "加试科目"). */
export const EXTRA_SUBJECTS = ['无', '军事医学', '院前急救', '儿科'] as const;

/** 报考学历 as the platform lists them (guide-2014 figures and 填写说明). */
export const EDUCATION_LEVELS = [
  '博士研究生',
  '硕士研究生',
  '本科长学制',
  '本科',
  '专科',
  '中专',
  '传统医学师承或确有专长人员',
  '无学历(含无正规学历和无学历)',
] as const;

/** Groups whose fields repeat per row ("+" adds a row), and the others: derived from GROUPS. */
export type RowGroupId = 'education' | 'training' | 'certificates';
export type SingleGroupId = Exclude<GroupId, RowGroupId>;
export const ROW_GROUPS = GROUPS.filter((group) => group.repeats).map(
  (group) => group.id,
) as RowGroupId[];
export const SINGLE_GROUPS = GROUPS.filter((group) => !group.repeats).map(
  (group) => group.id,
) as SingleGroupId[];

const f = (
  key: string,
  group: GroupId,
  zh: string,
  en: string,
  kind: FieldKind,
  labelVariants: string[] = [],
  idSuffixes: string[] = [],
  extra: Partial<FieldDef> = {},
): FieldDef => ({
  key,
  group,
  label: { zh, en },
  labelVariants,
  idSuffixes,
  kind,
  repeats: (ROW_GROUPS as GroupId[]).includes(group),
  ...extra,
});

export const FIELDS: readonly FieldDef[] = [
  // 注册 / 安全设置 (guide-2014 "安全设置", steps-guide "第一步"; 2020 signup page ids).
  f(
    'username',
    'register',
    '用户名',
    'User name',
    'text',
    ['登录名', '帐号', '账号'],
    ['UserName', 'LoginName'],
  ),
  f(
    'password',
    'register',
    '登录密码',
    'Password',
    'password',
    ['密码', '新密码', '当前密码'],
    ['Passwd'],
    { sensitive: true },
  ),
  f(
    'passwordConfirm',
    'register',
    '密码确认',
    'Confirm password',
    'password',
    ['确认密码', '重复密码'],
    ['PasswdConfirm', 'Passwd2'],
    { sensitive: true },
  ),
  f(
    'recoveryQuestion',
    'register',
    '密码找回提示',
    'Recovery question',
    'text',
    ['密码问题', '密码找回问题', '密码提示问题', '密码查询问题'],
    ['PasswdQuestion'],
  ),
  f(
    'recoveryAnswer',
    'register',
    '密码找回答案',
    'Recovery answer',
    'text',
    ['找回密码答案', '密码答案', '密码问题答案', '密码查询问题答案'],
    ['PasswdAnswer'],
    { sensitive: true },
  ),
  f(
    'captcha',
    'register',
    '校验码',
    'Captcha',
    'text',
    ['验证码', '图片验证码'],
    ['ValidateCode', 'Captcha'],
    { sensitive: true },
  ),

  // 基本信息 (guide-2014 填写说明; 2020 signup ids SP_User.0$…).
  f('name', 'basic', '考生姓名', 'Name', 'text', ['姓名'], ['Name']),
  f(
    'idType',
    'basic',
    '证件类型',
    'ID type',
    'select',
    ['身份证件类型', '证件种类'],
    ['Certificate_TypeID', 'Certificate_Type'],
    { options: [...ID_TYPES_2022] },
  ),
  f(
    'idNumber',
    'basic',
    '证件编号',
    'ID number',
    'text',
    ['证件号码', '身份证号', '身份证号码', '身份证明编号', '证件号'],
    ['Certificate_No'],
  ),
  f('sex', 'basic', '性别', 'Sex', 'select', [], ['Sex', 'Gender'], { options: ['男', '女'] }),
  f(
    'birthDate',
    'basic',
    '出生日期',
    'Date of birth',
    'date',
    ['出生年月日', '生日'],
    ['Birthday', 'BirthDate'],
  ),
  f('ethnicity', 'basic', '民族', 'Ethnicity', 'select', [], ['Nation', 'NationID', 'Ethnic']),
  f('nationality', 'basic', '国籍', 'Nationality', 'select', ['国籍/地区'], ['Nationality']),
  f(
    'email',
    'contact',
    '电子邮件',
    'Email',
    'text',
    ['Email', '电子邮箱', '邮箱', 'E-mail'],
    ['Email'],
  ),

  // 联系方式 (guide-2014 填写说明).
  f(
    'homePhone',
    'contact',
    '家庭联系电话',
    'Home phone',
    'text',
    // 固定电话 / 座机: the landline of the contact group, as other registration pages name it.
    ['家庭联系电话(或小灵通)', '家庭电话', '联系电话', '固定电话', '座机', '座机号码'],
    ['HomePhone', 'Home_Tel'],
  ),
  f(
    'workPhone',
    'contact',
    '单位电话',
    'Work phone',
    'text',
    ['单位联系电话', '工作单位电话'],
    ['WorkPhone', 'Unit_Tel'],
  ),
  f(
    'mobile',
    'contact',
    '手机号码',
    'Mobile',
    'text',
    ['手机', '移动电话', '手机号'],
    ['Mobile', 'MobilePhone'],
  ),
  f(
    'address',
    'contact',
    '联系地址',
    'Address',
    'text',
    ['通讯地址', '通信地址', '家庭住址'],
    ['Address'],
  ),
  f('postcode', 'contact', '邮政编码', 'Postcode', 'text', ['邮编'], ['PostCode', 'Zip']),

  // 工作情况 (guide-2014 "3. 工作情况", 填写说明).
  f(
    'onDutyStatus',
    'work',
    '在岗情况',
    'Employment status',
    'select',
    [],
    ['OnDuty', 'WorkState'],
    { options: [...ON_DUTY_OPTIONS] },
  ),
  f(
    'workUnit',
    'work',
    '工作单位名称',
    'Work unit',
    'text',
    ['工作单位', '单位名称', '试用机构'],
    ['WorkUnit', 'Unit_Name'],
  ),
  f(
    'workUnitRegion',
    'work',
    '工作单位所在行政区市',
    'Work unit region',
    'select',
    ['工作单位所在地区', '单位所在地'],
    ['UnitRegion'],
  ),
  f(
    'unitAffiliation',
    'work',
    '单位隶属',
    'Unit affiliation',
    'select',
    ['单位隶属关系'],
    ['UnitBelong'],
  ),
  f(
    'militaryIdentity',
    'work',
    '本人身份',
    'Military status',
    'select',
    [],
    ['Identity', 'SelfIdentity'],
    { options: [...MILITARY_IDENTITY_OPTIONS] },
  ),
  f(
    'technicalTitle',
    'work',
    '专业技术职称',
    'Professional title',
    'select',
    ['职称', '技术职称'],
    ['Title'],
  ),
  f(
    'titleDate',
    'work',
    '获取职称年月',
    'Title obtained (year-month)',
    'yearMonth',
    ['获得职称年月', '取得职称年月'],
    ['TitleDate'],
  ),
  f('position', 'work', '职务', 'Position', 'text', ['行政职务'], ['Duty']),

  // 教育经历 rows (guide-2014 figure "☑ 选择 类型 学校 毕业年月 类别 学习形式 学历 学位 学制 毕业证书编号").
  f(
    'educationSelected',
    'education',
    '选择',
    'Use for this application',
    'checkbox',
    ['选中'],
    ['IsSelected', 'Selected'],
    {
      purpose: {
        zh: '选择（本次报名使用这条教育经历）',
        en: 'Use this education entry for this application',
      },
    },
  ),
  f(
    'educationRegion',
    'education',
    '类型',
    'Education region',
    'select',
    ['学历类型'],
    ['EduType'],
  ),
  f(
    'school',
    'education',
    '毕业学校',
    'School',
    'text',
    [
      '学校',
      '毕业学校名称',
      '毕业学校名称及所在地区',
      '毕业院校',
      '毕业院校名称',
      '学校名称',
      '院校名称',
    ],
    ['School', 'SchoolName'],
  ),
  f(
    'graduationDate',
    'education',
    '毕业年月',
    'Graduation (year-month)',
    'yearMonth',
    ['毕业时间'],
    ['GraduateDate', 'GraduationDate'],
  ),
  f(
    'educationCategory',
    'education',
    '类别',
    'Education category',
    'select',
    ['教育类别'],
    ['EduCategory'],
  ),
  f('studyMode', 'education', '学习形式', 'Study mode', 'select', [], ['StudyMode', 'LearnForm']),
  f(
    'educationLevel',
    'education',
    '学历',
    'Education level',
    'select',
    ['报考学历', '最高学历'],
    ['Education', 'EduLevel'],
    { options: [...EDUCATION_LEVELS] },
  ),
  f('degree', 'education', '学位', 'Degree', 'select', [], ['Degree']),
  f(
    'schoolingLength',
    'education',
    '学制',
    'Length of study',
    'select',
    [],
    ['Schooling', 'EduLength'],
  ),
  f(
    'major',
    'education',
    '毕业专业',
    'Major',
    'text',
    ['专业', '所学专业'],
    ['Major', 'Speciality'],
  ),
  f(
    'diplomaNumber',
    'education',
    '毕业证书编号',
    'Diploma number',
    'text',
    ['毕业证编号', '毕业证书号', '学历证书编号', '毕业证号'],
    ['Diploma_No', 'DiplomaNo', 'GraduateCertNo'],
  ),

  // 培训经历 rows (guide-2014 figure "*开始时间(年月) *考核结果 工作单位名称(参加培训时)").
  f(
    'trainingSelected',
    'training',
    '选择',
    'Use for this application',
    'checkbox',
    ['选中'],
    ['IsSelected', 'Selected'],
    {
      purpose: {
        zh: '选择（本次报名使用这条培训经历）',
        en: 'Use this training entry for this application',
      },
    },
  ),
  f('trainingType', 'training', '培训类型', 'Training type', 'select', ['培训类别'], ['TrainType']),
  f(
    'trainingStart',
    'training',
    '开始时间(年月)',
    'Training start (year-month)',
    'yearMonth',
    ['开始时间', '培训开始时间', '开始年月'],
    ['StartDate'],
  ),
  f(
    'trainingEnd',
    'training',
    '结束时间(年月)',
    'Training end (year-month)',
    'yearMonth',
    ['结束时间', '培训结束时间', '结束年月'],
    ['EndDate'],
  ),
  f(
    'trainingResult',
    'training',
    '考核结果',
    'Assessment result',
    'select',
    [],
    ['Result', 'CheckResult'],
    { options: ['未考核', '合格', '不合格'] },
  ),
  f(
    'trainingUnit',
    'training',
    '工作单位名称(参加培训时)',
    'Unit during training',
    'text',
    ['培训单位', '培训基地', '参加培训时工作单位'],
    ['TrainUnit'],
  ),
  f(
    'trainingMajor',
    'training',
    '培训专业',
    'Training speciality',
    'text',
    ['培训专业名称'],
    ['TrainMajor'],
  ),

  // 证书情况 rows (guide-2014 "5. 选择证书").
  f(
    'certificateSelected',
    'certificates',
    '选择',
    'Use for this application',
    'checkbox',
    ['选中'],
    ['IsSelected', 'Selected'],
    {
      purpose: {
        zh: '选择（本次报名使用这条证书）',
        en: 'Use this certificate for this application',
      },
    },
  ),
  f(
    'certificateType',
    'certificates',
    '证书类型',
    'Certificate type',
    'select',
    ['证书种类'],
    ['CertType', 'Cert_TypeID'],
    { options: [...CERTIFICATE_TYPES] },
  ),
  f(
    'certificateIssueDate',
    'certificates',
    '发证年月',
    'Issued (year-month)',
    'yearMonth',
    ['发证日期', '发证时间'],
    ['IssueDate'],
  ),
  f(
    'certificateNumber',
    'certificates',
    '证书编号',
    'Certificate number',
    'text',
    ['资格证书编号', '医师资格证书编码', '证书编码'],
    ['Cert_No', 'CertNo'],
  ),
  f(
    'registrationDate',
    'certificates',
    '注册年月',
    'Registered (year-month)',
    'yearMonth',
    ['注册日期', '执业注册年月'],
    ['RegDate'],
  ),
  f(
    'registrationNumber',
    'certificates',
    '注册编号',
    'Registration number',
    'text',
    ['执业证书编码', '注册号', '执业注册编号'],
    ['RegNo', 'Reg_No'],
  ),

  // 考试报名 steps 2–6 (guide-2014 "二、考试报名", 填写说明).
  f(
    'examCategory',
    'application',
    '报考类别',
    'Exam',
    'select',
    ['考试类别', '报考类别/级别', '考试科目', '报考考试科目'],
    ['ExamType', 'ExamCategory'],
  ),
  f(
    'hkmotwPermit',
    'application',
    '往来大陆通行证',
    'Mainland travel permit',
    'text',
    ['往来大陆通行证号', '往来大陆通行证号码', '通行证号码', '通行证编号'],
    ['PermitNo', 'Passport_No'],
  ),
  f(
    'photo',
    'application',
    '个人照片',
    'Photo',
    'file',
    ['照片', '上传照片', '相片', '考生照片'],
    ['Photo'],
  ),
  // R-MATERIAL: material scans of the online review (beijing-2025 "上传图片").
  f(
    'material',
    'application',
    '审核材料',
    'Review material',
    'file',
    ['上传材料', '报名材料', '材料图片'],
    ['Material'],
  ),
  f(
    'examRegion',
    'application',
    '报考考区',
    'Exam region',
    'select',
    ['考区'],
    ['Area', 'ExamArea'],
  ),
  f('examSite', 'application', '报考考点', 'Exam site', 'select', ['考点'], ['Site', 'ExamSite']),
  f(
    'extraSubject',
    'application',
    '加试科目',
    'Extra subject',
    'select',
    ['加试'],
    ['AddSubject', 'ExtraSubject'],
    { options: [...EXTRA_SUBJECTS] },
  ),
  f(
    'attempts',
    'application',
    '累计报考次数',
    'Attempts so far',
    'text',
    ['报考次数'],
    ['ExamCount', 'Times'],
  ),
  f(
    'assistQualificationDate',
    'application',
    '获得执业助理医师资格年月',
    'Assistant qualification (year-month)',
    'yearMonth',
    ['获得执业助理医师年月', '取得执业助理医师资格年月'],
    ['AssistDate'],
  ),
  f(
    'assistRegistrationNumber',
    'application',
    '执业助理医师注册登记号',
    'Assistant registration number',
    'text',
    ['执业助理医师注册号', '助理医师注册登记号'],
    ['AssistRegNo'],
  ),
];

const byKey = new Map(FIELDS.map((field) => [field.key, field]));

/** The name a field is shown by away from its form: its purpose, else its label. */
export function fieldName(def: FieldDef): LocalText {
  return def.purpose ?? def.label;
}

export function fieldByKey(key: string): FieldDef | undefined {
  return byKey.get(key);
}

export function fieldsOfGroup(group: GroupId): FieldDef[] {
  return FIELDS.filter((field) => field.group === group);
}

/**
 * Normalizes a visible label for matching: drops whitespace (also full-width),
 * required stars, colons (half- and full-width) and a trailing "(选填)".
 */
export function normalizeLabel(text: string): string {
  return text
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/[*＊:：]/g, '')
    .replace(/[（(]选填[)）]$/, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}
