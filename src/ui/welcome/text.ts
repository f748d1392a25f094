// The welcome page's text, Chinese first. tests/unit/i18n
// checks that every entry has both languages.
import type { LocalText } from '../../rules/types';
import { PAGE_NAMES } from '../../i18n';

const OPTIONS = PAGE_NAMES.options;

export const WELCOME_TEXT = {
  pageTitle: { zh: '欢迎使用 · 医师资格考试报名助手', en: 'Welcome · Exam registration assistant' },
  title: { zh: '医师资格考试报名助手', en: 'Medical licensing exam registration assistant' },
  lead: {
    zh: '报名信息提交后不能修改，只能放弃后重新报名。本扩展帮你在提交前把每一项填对。',
    en:
      'A submitted application cannot be edited, only abandoned and filled in again. This extension helps ' +
      'you get every field right before you submit.',
  },
  checksTitle: { zh: '它检查什么', en: 'What it checks' },
  checks: {
    zh:
      '在国家医学考试服务平台（nmec.org.cn）的报名页面上，逐项检查你填写的内容：身份证号的位数、出生日期和校验码，毕业证书编号（18 位电子注册号）是否漏填，证书类型（“执业助理医师(乡镇)' +
      '”不能报考），年月格式 YYYY-MM、全角字符等。问题会直接显示在该项旁边，能安全自动修改的提供“一键修正”。',
    en:
      'On the registration pages of the exam platform (nmec.org.cn) it checks what you type, field by field: ' +
      'the ID number’s length, birth date and check character, a missing diploma number (the ' +
      '18-digit registration number), the certificate type (the 乡镇 assistant type does not qualify)' +
      ', YYYY-MM dates, full-width characters and more. Warnings appear next to the field, with a ' +
      'one-click fix where one is safe.',
  },
  privacyTitle: { zh: '数据不离开本机', en: 'Nothing leaves your computer' },
  privacy: {
    zh: '扩展不联网、不收集、不上传任何信息。你的资料只保存在这台电脑的浏览器里；密码、验证码和找回密码答案从不保存。',
    en:
      'The extension makes no network requests and collects and uploads nothing. Your profile stays in this ' +
      'browser on this computer; passwords, captchas and recovery answers are never stored.',
  },
  practiceTitle: { zh: '先练习', en: 'Practise first' },
  practice: {
    zh: '报名每年只开放约两周，且需要微信登录。练习表单按平台的“个人信息”和“考试报名”页面排列，用同一套规则检查，现在就可以填写；填写的内容就是你的资料。',
    en:
      'Registration opens for about two weeks a year and needs a WeChat login. The practice form follows the ' +
      'platform’s 个人信息 and 考试报名 pages and is checked by the same rules: fill it in now; what you ' +
      'enter becomes your profile.',
  },
  openPractice: { zh: '打开练习表单', en: 'Open the practice form' },
  photoTitle: PAGE_NAMES.photo,
  photo: {
    zh: '报名照片要求 jpg 格式、不大于 40 KB。在平台上选择照片时扩展会自动压缩；也可以先用照片工具处理好保存下来。',
    en:
      'The photo must be a jpg of at most 40 KB. The extension shrinks the photo you pick on the platform; ' +
      'you can also prepare it with the photo tool first.',
  },
  openPhoto: { zh: '打开照片工具', en: 'Open the photo tool' },
  restoreTitle: { zh: '备份与恢复', en: 'Backup and restore' },
  restore: {
    zh:
      `你在平台或练习表单中填写的内容会自动备份在本机，并保留历史版本。报名开放后，打开平台的表单页面，点击浏览器工具栏中的扩展图标（或在“${OPTIONS.zh}”页面）选择“恢复”：默认只填入空白项，` +
      `填入前会先列出将要修改的内容。也可以导出为文件，换电脑时再导入。`,
    en:
      `What you type on the platform or in the practice form is backed up on this computer, with history. When ` +
      `registration opens, open the platform’s form page, click the extension’s toolbar icon (or use ` +
      `${OPTIONS.en}) and choose Restore: by default only empty fields are filled, and you see the changes before ` +
      `they are made. You can also export to a file and import it on another computer.`,
  },
  openOptions: { zh: `打开${OPTIONS.zh}`, en: `Open ${OPTIONS.en}` },
  pinTitle: { zh: '把图标固定到工具栏', en: 'Pin the icon to the toolbar' },
  // Chrome puts a new extension's icon in its Extensions menu, not on the toolbar.
  pin: {
    zh:
      '新安装的扩展图标不会直接显示在工具栏上。点击浏览器右上角拼图形状的“扩展程序”按钮，在列表中找到“医师资格考试报名助手”，点击它旁边的图钉图标：图标就会一直显示在工具栏上，' +
      '在报名页面上点击它即可查看本页的检查结果和恢复资料。',
    en:
      'A new extension’s icon is not on the toolbar at first. Click the puzzle-piece Extensions button at the top ' +
      'right of the browser, find “Medical Licensing Exam Registration Assistant” in the list and click the pin ' +
      'next to it: the icon then stays on the toolbar; click it on a registration page to see that page’s checks ' +
      'and to restore your profile.',
  },
  later: {
    zh: '以后可以随时从浏览器工具栏的扩展图标再次打开本页。',
    en: 'You can open this page again at any time from the extension’s toolbar icon.',
  },
} satisfies Record<string, LocalText>;
