// Titles and descriptions of the rules (what each rule checks and why, citing the
// source document of docs/spec/platform-rules.md). Kept apart from the checks in the rule files because only
// docs/rules.md (doc.ts), extension pages and the tests read them: the content
// script imports the rules but never this file, which keeps about 15 KB of text
// out of it (content script ≤ 30 KB gzip).
// tests/unit/rules/catalogue.test.ts checks every rule has an entry here and no entry lacks a rule.
import type { LocalText, RuleId } from './types';

export interface RuleText {
  title: LocalText;
  description: LocalText;
}

/** By rule id, in the order of docs/spec/platform-rules.md (the order of ALL_RULES). */
export const RULE_TEXTS: Readonly<Record<RuleId, RuleText | undefined>> = {
  'R-HALFWIDTH': {
    title: { zh: '半角字符', en: 'Half-width characters' },
    description: {
      zh:
        '所有手工填写的内容都须为半角：全角数字、字母、标点（１２３、Ａ、（、－、。、，、全角空格）会被平台标红（guide-2014 填写说明“考生姓名”：所有手工填写内容均须为半角）。可一键转换。学校、' +
        '单位、专业等从字典选择的名称只提示（字典条目本身可能含全角括号）。',
      en:
        'Everything typed by hand must be half-width: full-width digits, letters and punctuation (１２３, Ａ, （, ' +
        '－, 。, ，, the full-width space) are refused (guide-2014 填写说明). One-click conversion. Names ' +
        'picked from the dictionary (school, unit, major) only get a warning: the dictionary’s own ' +
        'entries may carry full-width brackets.',
    },
  },
  'R-YEARMONTH': {
    title: { zh: '年月格式 YYYY-MM', en: 'Year-month as YYYY-MM' },
    description: {
      zh:
        '所有年月字段写作 YYYY-MM，中间加横杠（如 2009-06），月份真实，且不晚于当前月份（guide-2014 填写说明“毕业年月”，steps-guide 注意 1）。2009.6、' +
        '2009/06、200906、2009年6月 可一键改为 2009-06。',
      en:
        'Every year-month field is YYYY-MM with a hyphen (e.g. 2009-06), a real month, not in the future ' +
        '(guide-2014 填写说明, steps-guide note 1). 2009.6, 2009/06, 200906, 2009年6月 are fixed to ' +
        '2009-06 in one click.',
    },
  },
  'R-NOPUNCT': {
    title: { zh: '不得有空格和标点', en: 'No spaces or punctuation' },
    description: {
      zh:
        '证件编号、毕业证书编号、注册编号、证书编号、工作单位名称等不得含空格和标点符号（包括长、短连接号“-”）（guide-2014 填写说明“证件编号”“毕业证书编号”“工作单位名称”）。' +
        '工作单位名称只提示（从字典选择的名称可能带括号）。',
      en:
        'ID numbers, diploma numbers, registration and certificate numbers and work unit names contain no ' +
        'spaces or punctuation, not even "-" (guide-2014 填写说明). For the work unit only a warning ' +
        '(dictionary names may carry brackets).',
    },
  },
  'R-NAME-CN': {
    title: { zh: '大陆考生姓名', en: 'Mainland name' },
    description: {
      zh:
        '姓名必须为汉字，不含字母、数字、空格、标点，不超过 28 个汉字；少数民族姓名中的点输入半角“.”（·、•、．可一键改正），字库中没有的字用一个“?”代替（guide-2014 ' +
        '填写说明“考生姓名”与常见问题 2）。',
      en:
        'Chinese characters only: no letters, digits, spaces or punctuation, at most 28; a minority name’s ' +
        'middle dot is typed as a half-width "." (·, •, ． are fixed in one click), a missing rare ' +
        'character as one "?" (guide-2014 填写说明 and FAQ 2).',
    },
  },
  'R-NAME-INTL': {
    title: { zh: '台港澳及外籍考生姓名', en: 'Taiwan/HK/Macau/foreign name' },
    description: {
      zh: '不超过 28 个字符，半角；英文字母除每个词的首字母外一律用小写（guide-2014 填写说明“考生姓名”(2)）。',
      en:
        'At most 28 characters, half-width; Latin letters lower case except each first letter (guide-2014 ' +
        '填写说明 考生姓名 (2)).',
    },
  },
  'R-IDTYPE': {
    title: { zh: '证件类型', en: 'ID type' },
    description: {
      zh:
        '证件类型须是所选年份规则的选项之一：2014 年指南为 居民身份证、军官证、警官证、文职干部证、士兵(官)证、军队学员证、台湾/香港/澳门 往来大陆通行证或身份证、外籍护照；2022 ' +
        '年起增加“港澳台居民居住证”（guide-2014 填写说明“证件类型”，2022 填写说明）。证件编号按校验码明确是另一种证件（如台湾身份证）时，提示核对证件类型。',
      en:
        'The ID type is one of the options of the selected rule set: the 2014 guide lists 居民身份证, 军官证, 警官证, ' +
        '文职干部证, 士兵(官)证, 军队学员证, the Taiwan/HK/Macau permits or ID cards and 外籍护照; 2022 adds ' +
        '港澳台居民居住证 (guide-2014, 2022 table). When the ID number, by its own check digits, is ' +
        'clearly another document (e.g. a Taiwan ID), the type gets a warning.',
    },
  },
  'R-ID-CN': {
    title: { zh: '居民身份证号码', en: 'Resident ID card number' },
    description: {
      zh:
        '18 位，前 17 位数字，最后一位数字或 X；旧的 15 位号码不可用（guide-2014 填写说明）。第 7–14 位是真实且不在将来的出生日期；校验码按 GB 11643-1999（ISO ' +
        '7064 MOD 11-2）计算。只核对省份代码，不核对县级代码（撤销的县代码仍在使用）。',
      en:
        '18 characters: 17 digits and a digit or X; the old 15-digit number is refused (guide-2014 填写说明). ' +
        'Digits 7–14 are a real birth date not in the future; the check character follows GB ' +
        '11643-1999 (ISO 7064 MOD 11-2). Only the province prefix is checked, never a county list ' +
        '(abolished county codes stay in use).',
    },
  },
  'R-ID-PERMIT': {
    title: { zh: '港澳台居民居住证号码', en: 'HK/Macau/Taiwan residence permit number' },
    description: {
      zh: '与居民身份证相同的 18 位结构和校验码，前 6 位为 810000（香港）、820000（澳门）或 830000（台湾）（notice-2022 R-ID-PERMIT，2022 年证件类型）。',
      en:
        'The same 18-character layout and check character as the resident ID, with the prefix 810000 (HK), ' +
        '820000 (Macau) or 830000 (Taiwan) (notice-2022 R-ID-PERMIT, 2022 ID types).',
    },
  },
  'R-ID-TW': {
    title: { zh: '台湾身份证号码', en: 'Taiwan ID card number' },
    description: {
      zh: '10 位：1 个大写字母、1 或 2、8 位数字，末位为校验码（guide-2014：台湾身份证必须为 10 位）。',
      en: '10 characters: a capital letter, 1 or 2, then 8 digits, the last a check digit (guide-2014: 台湾身份证必须为 10 位).',
    },
  },
  'R-ID-TWPERMIT': {
    title: { zh: '台湾居民来往大陆通行证号码', en: 'Taiwan mainland travel permit number' },
    description: {
      zh: '2008 年起为 8 位数字（旧式为 8 位 + 2 位换证次数 = 10 位）；平台说明要求 10 位（guide-2014），8 位时提示核对。',
      en:
        '8 digits since 2008 (the old form adds a 2-digit issue count = 10); the platform text asks for 10 ' +
        '(guide-2014), so 8 digits get a warning.',
    },
  },
  'R-ID-HKMOPERMIT': {
    title: { zh: '港澳居民来往内地通行证号码', en: 'HK/Macau mainland travel permit number' },
    description: {
      zh: 'H（香港）或 M（澳门）+ 8 位数字 + 2 位换证次数 = 11 位（guide-2014：港澳往来大陆通行证为 11 位）；也接受 H/M + 8 位。',
      en:
        'H (HK) or M (Macau), 8 digits and a 2-digit issue count = 11 characters (guide-2014); H/M + 8 ' +
        'digits is accepted too.',
    },
  },
  'R-ID-HK': {
    title: { zh: '香港身份证号码', en: 'Hong Kong ID card number' },
    description: {
      zh: '8 或 9 位，不带括号（A123456(3) 填 A1234563）：1–2 个字母、6 位数字、校验位 0–9 或 A（guide-2014：香港身份证必须为 8 位或 9 位）。',
      en:
        '8 or 9 characters without brackets (A123456(3) → A1234563): 1–2 letters, 6 digits, a check ' +
        'character 0–9 or A (guide-2014).',
    },
  },
  'R-ID-MO': {
    title: { zh: '澳门身份证号码', en: 'Macau ID card number' },
    description: {
      zh: '8 位数字，以 1、5 或 7 开头，去掉括号和斜线（guide-2014：澳门身份证必须为 8 位）；没有公开的校验规则。',
      en:
        '8 digits starting with 1, 5 or 7, brackets and slashes removed (guide-2014); there is no public ' +
        'check digit.',
    },
  },
  'R-ID-PASSPORT': {
    title: { zh: '外籍护照号码', en: 'Foreign passport number' },
    description: {
      zh: '不少于 6 位，只含英文字母和数字（guide-2014：外籍护照号码长度不少于 6 位）。',
      en: 'At least 6 characters, letters and digits only (guide-2014).',
    },
  },
  'R-SEX-FROM-ID': {
    title: { zh: '性别与身份证号一致', en: 'Sex matches the ID number' },
    description: {
      zh: '证件为居民身份证（或居住证）时，性别由号码第 17 位决定：奇数为男，偶数为女；表中的性别与之不符是错误（guide-2014 填写说明“性别”：性别可以自动识别）。',
      en:
        'With a resident ID (or residence permit) the sex follows digit 17 of the number: odd = male, even = ' +
        'female; a form value that disagrees is an error (guide-2014 填写说明 性别).',
    },
  },
  'R-BIRTH-FROM-ID': {
    title: { zh: '出生日期与身份证号一致', en: 'Birth date matches the ID number' },
    description: {
      zh: '证件为居民身份证（或居住证）时，出生日期就是号码第 7–14 位；表中的出生日期与之不符是错误（guide-2014 填写说明“出生日期”）。',
      en:
        'With a resident ID (or residence permit) the birth date is digits 7–14 of the number; a form value ' +
        'that disagrees is an error (guide-2014 填写说明 出生日期).',
    },
  },
  'R-AGE': {
    title: { zh: '年龄 18–75 岁', en: 'Age 18 to 75' },
    description: {
      zh: '考生须年满十八岁且不超过七十五岁（guide-2014 填写说明“出生日期”(3)）。有身份证号时按号码中的出生日期计算并显示在证件编号上，否则按出生日期字段计算。',
      en:
        'The candidate is at least 18 and at most 75 years old (guide-2014 填写说明 出生日期 (3)). Computed from the ' +
        'ID number’s birth date when there is one (shown on the ID number), else from the birth ' +
        'date field.',
    },
  },
  'R-ETHNIC-PASSPORT': {
    title: { zh: '外籍护照的民族为“其它”', en: 'Foreign passport: ethnicity 其它' },
    description: {
      zh: '证件类型为外籍护照时，民族为“其它”（guide-2014 填写说明“民族”）。',
      en: 'With 外籍护照 as the ID type the ethnicity is 其它 (guide-2014 填写说明 民族).',
    },
  },
  'R-PASSWORD': {
    title: { zh: '登录密码', en: 'Password' },
    description: {
      zh: '密码由字母和数字组成，区分大小写；长度按所选规则：2014 年指南 5–12 位（guide-2014），2022 年填写说明 8–20 位。密码从不保存。',
      en:
        'Letters and digits, case-sensitive; length from the rule set: 5–12 in the 2014 guide (guide-2014), ' +
        '8–20 in the 2022 table. Never stored.',
    },
  },
  'R-RECOVERY-ANSWER': {
    title: { zh: '密码找回答案', en: 'Recovery answer' },
    description: {
      zh: '密码查询问题的答案应为 4 到 30 个字符（guide-2014 填写说明“密码找回答案”）。答案从不保存。',
      en: 'The recovery answer has 4 to 30 characters (guide-2014 填写说明). Never stored.',
    },
  },
  'R-PHONE-FIXED': {
    title: { zh: '固定电话格式', en: 'Landline format' },
    description: {
      zh: '家庭/单位电话写作“区号-号码-分机号(选填)”：区号 3–5 位、号码 6–8 位（guide-2014 填写说明）。实际区号为以 0 开头的 3–4 位、号码为 2–9 开头的 7–8 位，其它写法提示核对。',
      en:
        'Home/work phone as area-number[-extension]: area code 3–5 digits, number 6–8 digits (guide-2014). ' +
        'Real area codes are 3–4 digits starting with 0 and numbers 7–8 digits starting 2–9; ' +
        'anything else gets a warning.',
    },
  },
  'R-MOBILE': {
    title: { zh: '手机号码', en: 'Mobile number' },
    description: {
      zh: '大陆地区固定 11 位（1 开头，第二位 3–9）；非大陆地区 6 到 11 位；第一位不能为 0（guide-2014 填写说明“手机号码”）。是否大陆按证件类型/国籍判断，未知时采用不会误报的一种。',
      en:
        'Mainland: exactly 11 digits (1, then 3–9); outside the mainland 6–11 digits; never starting with 0 ' +
        '(guide-2014). Mainland or not comes from the ID type/nationality; when unknown, the ' +
        'reading that raises no false error.',
    },
  },
  'R-EMAIL': {
    title: { zh: '电子邮件', en: 'Email' },
    description: {
      zh: '有效的邮件地址，长度 5 到 60 个字符（guide-2014 填写说明“电子邮件”）。',
      en: 'A valid address of 5 to 60 characters (guide-2014 填写说明).',
    },
  },
  'R-ADDRESS': {
    title: { zh: '联系地址', en: 'Address' },
    description: {
      zh: '长度不超过 30 个汉字，详细写明省、市、区、街道、门牌号（guide-2014 填写说明“联系地址”）。超长是错误；看不出省市或门牌号时提示核对。',
      en:
        'At most 30 Chinese characters, naming province, city, district, street and number (guide-2014). Too ' +
        'long is an error; no visible city or house number gets a warning.',
    },
  },
  'R-POSTCODE': {
    title: { zh: '邮政编码', en: 'Postcode' },
    description: {
      zh: '大陆地区为 6 位数字；非大陆地区最短 3 位，最长不超过 6 位（guide-2014 填写说明“邮政编码”）。',
      en: 'Mainland: 6 digits; outside the mainland 3 to 6 characters (guide-2014).',
    },
  },
  'R-ONDUTY': {
    title: { zh: '在岗情况', en: 'Employment status' },
    description: {
      zh: '在岗情况为 试用期、在职、当年毕业研究生 之一（guide-2014 填写说明“在岗情况”）。以研究生学历报考、尚未拿到毕业证的考生选“当年毕业研究生”（guide-2014 常见问题 5）。',
      en:
        'One of 试用期, 在职, 当年毕业研究生 (guide-2014 填写说明). A graduate-degree applicant without the diploma yet ' +
        'chooses 当年毕业研究生 (guide-2014 FAQ 5).',
    },
  },
  'R-WORKUNIT': {
    title: { zh: '工作单位名称', en: 'Work unit' },
    description: {
      zh: '工作单位从字典中选择（输入拼音首字母检索，如 bjdx）；手工输入的单位（框变黄）在审核时需提供《医疗机构执业许可证》副本复印件；不得有空格、标点（guide-2014 填写说明“工作单位名称”，常见问题 7）。',
      en:
        'Pick the work unit from the dictionary (search by pinyin initials, e.g. bjdx); a hand-typed unit ' +
        '(yellow) needs the 医疗机构执业许可证 copy at the review; no spaces or punctuation (guide-2014 ' +
        '填写说明, FAQ 7).',
    },
  },
  'R-MILITARY-IDENTITY': {
    title: { zh: '本人身份（军队、武警、公安）', en: 'Military status' },
    description: {
      zh: '只有单位隶属为军队、武警、公安的考生填写；六个选项中现役人员选第 1、2、4、5 项，聘用人员选第 3、6 项（guide-2014 填写说明“本人身份”）。',
      en:
        'Only for units under 军队/武警/公安; six options: active duty choose 1, 2, 4 or 5, hired civilians 3 or 6 ' +
        '(guide-2014 填写说明 本人身份).',
    },
  },
  'R-EDU-SELECTED': {
    title: { zh: '勾选教育经历', en: 'Tick the education entry' },
    description: {
      zh: '报名第 4 步须至少勾选一条教育经历（仅有一个也必须选中）；培训经历只有“住院医师规范化培训”需要勾选（steps-guide 第三步 4）。',
      en:
        'Step 4 of the application needs at least one ticked education entry (even a single one); only ' +
        '住院医师规范化培训 training entries need ticking (steps-guide step 4).',
    },
  },
  'R-EDU-GRAD-ALSO-UNDERGRAD': {
    title: {
      zh: '研究生学历也填本科/专科经历',
      en: 'Graduate applicants also record the undergraduate entry',
    },
    description: {
      zh: '以研究生学历报考的考生，同时填写本科（或专科）教育经历，但不勾选它（guide-2014 R-EDU-GRAD-ALSO-UNDERGRAD）。',
      en:
        'An applicant using a graduate degree also records the undergraduate/junior-college entry, not ' +
        'ticked (guide-2014).',
    },
  },
  'R-EDU-NO-SCHOOL': {
    title: { zh: '学校和毕业年月', en: 'School and graduation month' },
    description: {
      zh: '“传统医学师承或确有专长人员”与“无学历(含无正规学历和无学历)”无须填写毕业学校及毕业年月；“无学历”无须填写学习形式（guide-2014 填写说明“报考学历”“学习形式”）。其他学历须填写学校和毕业年月。',
      en:
        '师承/确有专长 and 无学历 need no school and no graduation month; 无学历 needs no study mode (guide-2014 填写说明). ' +
        'Other levels need school and graduation month.',
    },
  },
  'R-DIPLOMA-REQUIRED': {
    title: { zh: '毕业证书编号必填', en: 'Diploma number required' },
    description: {
      zh: '毕业证书编号必填，以下情况除外：在岗情况为“当年毕业研究生”的研究生学历、在校研究生/硕博连读、无学历、师承或确有专长（guide-2014 填写说明“毕业证书编号”(2)、常见问题 3 和 5）。',
      en:
        'The diploma number is required except for: a graduate entry of a 当年毕业研究生, students still enrolled ' +
        '(在校研究生/硕博连读), 无学历, 师承/确有专长 (guide-2014 填写说明, FAQ 3 and 5).',
    },
  },
  'R-DIPLOMA-FORMAT': {
    title: { zh: '毕业证书编号格式', en: 'Diploma number format' },
    description: {
      zh:
        '只能是数字，不含空格和标点（guide-2014 常见问题 3）。填 18 位电子注册号，不是 8 位证书序列号（常见问题 6）。结构为 学校代码(5) + 办学类型(1 普通/5 成人/6 ' +
        '自考/7 网络) + 年份(4) + 层次(01 博士/02 硕士/04 第二学士/05 本科/06 专科) + 序号(6)；2000–2002 年的编号为 17 位。16 ' +
        '位通常是学位证书编号；层次代码与该条学历不一致时提示。异常结构只提示，不阻止。',
      en:
        'Digits only, no spaces or punctuation (guide-2014 FAQ 3). Enter the 18-digit electronic ' +
        'registration number, not the 8-digit serial (FAQ 6). Layout: school (5), type (1/5/6/7), ' +
        'year (4), level (01/02/04/05/06), sequence (6); numbers of 2000–2002 have 17 digits. A ' +
        '16-digit number is usually the degree certificate number; a level code that differs from ' +
        'the entry’s 学历 is pointed out. Unusual layouts warn, never block.',
    },
  },
  'R-GRADDATE': {
    title: { zh: '毕业年月与证书编号一致', en: 'Graduation month matches the diploma' },
    description: {
      zh:
        '毕业年月写作 YYYY-MM（格式见 R-YEARMONTH），年份应与 18 位毕业证书编号中第 6–9 位之后的年份一致（guide-2014 填写说明“毕业年月”；guide-2014 ' +
        'R-GRADDATE）。',
      en:
        'The graduation month is YYYY-MM (format: R-YEARMONTH), and its year should equal the year inside ' +
        'the 18-digit diploma number (guide-2014 填写说明; guide-2014 R-GRADDATE).',
    },
  },
  'R-CERT-REQUIRED': {
    title: {
      zh: '中专学历报考执业医师须有执业助理医师证书',
      en: 'Secondary-school applicants for 执业医师 need the assistant certificate',
    },
    description: {
      zh: '中专学历报考执业医师，须在证书情况中提供执业助理医师证书（guide-2014“5. 选择证书”，现场审核材料（五））。',
      en:
        'A candidate with 中专 education applying for an 执业医师 exam provides an 执业助理医师 certificate in 证书情况 ' +
        '(guide-2014 step 5, review materials (5)).',
    },
  },
  'R-CERT-TYPE': {
    title: { zh: '证书类型', en: 'Certificate type' },
    description: {
      zh: '报考执业医师使用的证书，证书类型须为“执业助理医师”；“执业助理医师(乡镇)”不符合报考条件（guide-2014 R-CERT-TYPE）。',
      en:
        'The certificate used for an 执业医师 application is 执业助理医师; 执业助理医师(乡镇) (township) does not qualify ' +
        '(guide-2014 R-CERT-TYPE).',
    },
  },
  'R-CERT-ISSUE-DATE': {
    title: { zh: '发证年月', en: 'Issue month' },
    description: {
      zh: '发证年月为《医师资格证书》上的发证年月（YYYY-MM，格式见 R-YEARMONTH），不早于证书编号中的年份（guide-2014 R-CERT-ISSUE-DATE）。',
      en:
        'The issue month printed on the 医师资格证书 (YYYY-MM, format: R-YEARMONTH), not before the year inside ' +
        'the certificate number (guide-2014).',
    },
  },
  'R-CERT-NUMBER': {
    title: { zh: '医师资格证书编码', en: 'Qualification certificate number' },
    description: {
      zh:
        '证书编号即医师资格证书编码，24 或 27 位：年份(4，1998 年至今) + 省份(2) + 级别(1) + 类别(2) + 持证人身份证号(15 或 18)。最有力的核对：' +
        '其中的身份证号应与考生本人的证件号码一致（guide-2014 R-CERT-NUMBER）。',
      en:
        'The 医师资格证书编码: 24 or 27 characters: year (4, 1998–now), province (2), level (1), category (2), then ' +
        'the holder’s ID number (15 or 18). Strongest check: the embedded ID equals the ' +
        'candidate’s own (guide-2014).',
    },
  },
  'R-CERT-REG-NUMBER': {
    title: { zh: '注册编号与注册年月', en: 'Registration number and month' },
    description: {
      zh: '注册编号是《医师执业证书》的编码（15 位数字），不是医师资格证书的编号：与证书编号相同是错误；注册年月早于发证年月也是错误（guide-2014 R-CERT-REG-NUMBER）。',
      en:
        'The registration number is the 医师执业证书 (practice certificate) code, 15 digits, not the qualification ' +
        'certificate’s: equal to the certificate number is an error, and so is a registration ' +
        'month before the issue month (guide-2014).',
    },
  },
  'R-ASSIST-DATE': {
    title: { zh: '获得执业助理医师资格年月', en: 'Assistant qualification month' },
    description: {
      zh: '只有已获得执业助理医师并报考执业医师的考生填写，即《医师资格证书》中的发证年月，格式 YYYY-MM（guide-2014 填写说明，常见问题 4）。',
      en: 'Only for 执业助理医师 applying for 执业医师: the issue month of the 医师资格证书, YYYY-MM (guide-2014 填写说明, FAQ 4).',
    },
  },
  'R-ASSIST-REG': {
    title: { zh: '执业助理医师注册登记号', en: 'Assistant registration number' },
    description: {
      zh: '只有已获得执业助理医师并报考执业医师的考生填写，即《医师执业证书》中的注册登记号码，不得有空格、标点（guide-2014 填写说明，常见问题 4）。',
      en:
        'Only for 执业助理医师 applying for 执业医师: the registration number of the 医师执业证书, without spaces or ' +
        'punctuation (guide-2014 填写说明, FAQ 4).',
    },
  },
  'R-EXTRA-SUBJECT': {
    title: { zh: '加试科目', en: 'Extra subject' },
    description: {
      zh: '“军事医学”只限现役军人（本人身份第 1、2、4、5 项）；“院前急救”和“儿科”只限在该岗位工作、报考临床执业医师的考生（guide-2014 填写说明“加试科目”，常见问题 12–14）。',
      en:
        '军事医学 only for active military (military status options 1, 2, 4, 5); 院前急救 and 儿科 only for 临床执业医师 ' +
        'candidates working in those posts (guide-2014 填写说明, FAQ 12–14).',
    },
  },
  'R-ATTEMPTS': {
    title: { zh: '累计报考次数', en: 'Attempts so far' },
    description: {
      zh: '整数，至少为 1（默认 1），按同一级别、同一类别累计（guide-2014 R-ATTEMPTS）。',
      en: 'A whole number of at least 1 (default 1), counting attempts at the same level and category (guide-2014).',
    },
  },
  'R-HKMOTW-PERMIT': {
    title: { zh: '往来大陆通行证', en: 'Mainland travel permit' },
    description: {
      zh:
        '台湾、香港、澳门考生须填写往来大陆通行证号码：台湾 8 或 10 位数字，港澳 H/M + 8 位数字（+ 2 位换证次数）（guide-2014 填写说明“证件编号”；' +
        'docs/spec/platform-rules.md R-HKMOTW-PERMIT）。',
      en:
        'Taiwan, Hong Kong and Macau candidates fill the mainland travel permit number: Taiwan 8 or 10 ' +
        'digits, HK/Macau H/M + 8 digits (+ 2-digit issue count) (guide-2014; ' +
        'docs/spec/platform-rules.md).',
    },
  },
  'R-PHOTO': {
    title: { zh: '考生照片', en: 'Candidate photo' },
    description: {
      zh:
        '近期（6 个月内）小2寸（33×48 mm）白底彩色证件照，jpg 格式，不大于 40 KB（guide-2014 现场审核材料（十）、常见问题 5；按 40,000 字节计，' +
        '两种“40k”读法都满足）。2021 年后的通知：小于 30 KB、至少 190×254 像素。限制来自所选规则。',
      en:
        'A recent (6 months) small 2-inch (33×48 mm) colour photo on white, jpg, at most 40 KB (guide-2014 ' +
        'review materials (10), FAQ 5; 40,000 bytes satisfies both readings of "40k"). Notices ' +
        'since 2021: under 30 KB and at least 190×254 px. Limits come from the rule set.',
    },
  },
  'R-MATERIAL': {
    title: { zh: '审核材料图片', en: 'Review material images' },
    description: {
      zh: '网上审核的材料扫描件：jpg/jpeg/png，每个文件不超过 200 KB（按 200,000 字节），图像清晰、方向端正；部分项目有固定张数（如身份证明 2 张）（beijing-2025）。',
      en:
        'Material scans for online review: jpg/jpeg/png, at most 200 KB each (200,000 bytes), clear and ' +
        'upright; some items take a fixed number of images (身份证明: 2) (beijing-2025).',
    },
  },
};

/** The title and description of a rule; throws for an id without one (docs must not skip a rule). */
export function ruleText(id: RuleId): RuleText {
  const text = RULE_TEXTS[id];
  if (!text) throw new Error(`${id} has no title/description in src/rules/descriptions.ts`);
  return text;
}
