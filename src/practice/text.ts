// Every piece of text the practice page shows, Chinese first (docs/contributing.md "Text").
// tests/unit/i18n checks that each entry has both languages.
import type { LocalText } from '../rules';
import { PAGE_NAMES } from '../i18n';

export const PRACTICE_TEXT = {
  title: PAGE_NAMES.practice,
  pageTitle: {
    zh: '练习表单 · 医师资格考试报名助手',
    en: 'Practice form · Exam registration assistant',
  },
  intro: {
    zh: '这里按国家医学考试服务平台的“个人信息”和“考试报名”页面排列，用同一套规则逐项检查。无需账号、无需联网，报名开放前就可以练习。',
    en:
      'Laid out like the platform’s 个人信息 and 考试报名 pages and checked by the same rules. No account and no ' +
      'network needed: practise before registration opens.',
  },
  profileNote: {
    zh: '你在这里填写的内容就是你的资料：自动保存在本机（可在设置页查看、导出），报名开放后可一键恢复到平台表单。密码和验证码从不保存。',
    en:
      'What you enter here is your profile: saved on this computer automatically (see and export it on the ' +
      'options page) and restorable into the platform’s form when registration opens. Passwords ' +
      'and captchas are never stored.',
  },
  profilePart: { zh: '个人信息', en: 'Personal information' },
  applicationPart: { zh: '考试报名', en: 'Exam application' },
  stepBar: { zh: '报名步骤', en: 'Application steps' },
  step: { zh: '步骤', en: 'Step' },
  row: { zh: '第 {n} 条', en: 'Entry {n}' },
  remove: { zh: '删除', en: 'Remove' },
  removeRow: { zh: '删除{group}第 {n} 条', en: 'Remove {group} entry {n}' },
  noRows: { zh: '尚无条目，点击 + 添加。', en: 'No entries yet: press + to add one.' },
  choose: { zh: '请选择', en: 'Choose' },
  usesGroups: {
    zh: '平台会自动填入“个人信息”中的：',
    en: 'The platform fills this step from 个人信息:',
  },
  goToGroup: { zh: '转到{group}', en: 'Go to {group}' },
  photoTool: { zh: '打开照片工具（压缩到 40 KB 以内）', en: 'Open the photo tool (down to 40 KB)' },
  photoNote: {
    zh: '在平台上选择照片时，扩展会自动把它处理成符合要求的 jpg；也可以先用照片工具准备好。',
    en:
      'On the platform the extension turns the photo you pick into a compliant jpg; you can also prepare it ' +
      'with the photo tool first.',
  },
  summaryTitle: { zh: '还需修改', en: 'Still to fix' },
  summaryNone: { zh: '目前没有发现问题。', en: 'No problems found so far.' },
  summaryEmpty: {
    zh: '开始填写后，这里会列出还需修改的地方。',
    en: 'Once you start, what still needs fixing is listed here.',
  },
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '提醒', en: 'Warning' },
  fix: { zh: '修正', en: 'Fix' },
  goToField: { zh: '转到此项', en: 'Go to field' },
  saved: { zh: '已保存到本机 {time}', en: 'Saved on this computer at {time}' },
  saving: { zh: '正在保存…', en: 'Saving…' },
  saveFailed: {
    zh: '保存失败：{reason}。请稍后重试，或在设置页导出资料。',
    en: 'Saving failed: {reason}. Try again later, or export your profile on the options page.',
  },
  saveNow: { zh: '立即保存', en: 'Save now' },
  loaded: { zh: '已载入本机保存的资料。', en: 'Loaded the profile saved on this computer.' },
  clear: { zh: '清空表单', en: 'Clear the form' },
  clearConfirm: {
    zh: '清空练习表单？本机保存的历史版本仍可在设置页恢复。',
    en: 'Clear the practice form? Earlier versions stay restorable on the options page.',
  },
  welcome: PAGE_NAMES.welcome,
  photoPage: PAGE_NAMES.photo,
  optionsPage: PAGE_NAMES.options,
  recapTitle: {
    zh: '报名表（提交前再检查一遍）',
    en: 'Application form (check it once more before submitting)',
  },
  recapEmpty: { zh: '（未填写）', en: '(not filled in)' },
  recapNoTick: {
    zh: '教育经历一项来自勾选的条目；还没有勾选任何教育经历。',
    en: 'The education lines come from the ticked entry; no education entry is ticked yet.',
  },
  skipToSummary: { zh: '跳到“还需修改”', en: 'Skip to “Still to fix”' },
} satisfies Record<string, LocalText>;
