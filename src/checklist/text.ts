// Every text the materials checklist shows, Chinese first (tests/unit/i18n).
export const CHECKLIST_TEXT = {
  title: { zh: '报名材料清单', en: 'Materials checklist' },
  intro: {
    zh: '网上报名之后是现场或网上资格审核，缺一份材料就可能审核不通过。下面按你的资料列出你需要准备的材料，每项写明为什么需要、依据哪份文件。勾选表示已准备好，勾选随资料一起保存、备份和导出。',
    en:
      'After the online form comes the on-site or online review, and an application fails there for a ' +
      'missing paper. These are the materials your profile calls for, each with why it applies and ' +
      'its source. Tick what is ready: ticks are saved, backed up and exported with your profile.',
  },
  upload: {
    zh: '在网上审核的考区，材料以图片上传：jpg/jpeg/png，每张不超过 200 KB，画面保持正向；有的项目只收固定张数（如身份证明 2 张）。',
    en:
      'Regions that review online take the materials as images: jpg/jpeg/png, at most 200 KB each, upright; ' +
      'some items take a fixed number of images (proof of identity: 2).',
  },
  count: { zh: '已准备 {ready} / {total} 项', en: '{ready} of {total} ready' },
  why: { zh: '原因', en: 'Why' },
  source: { zh: '依据', en: 'Source' },
  scanLink: {
    zh: '用照片工具处理扫描件（jpg/png，不超过 200 KB，方向正确）',
    en: 'Prepare the scan in the photo tool (jpg/png, at most 200 KB, upright)',
  },
  scanImages: { zh: '需上传 {n} 张', en: '{n} images' },
  photoLink: { zh: '用照片工具处理证件照', en: 'Prepare the photo in the photo tool' },
  othersTitle: { zh: '考区、考点规定的其他材料', en: 'Other materials of your region and site' },
  othersEmpty: {
    zh: '当地通知要求的其他材料，可以在这里自己添加。',
    en: 'Add any other material your local notice asks for here.',
  },
  otherName: { zh: '材料名称', en: 'Material' },
  addOther: { zh: '添加', en: 'Add' },
  removeOther: { zh: '删除“{name}”', en: 'Remove “{name}”' },
  set: { zh: '清单规则', en: 'Checklist rules' },
  print: { zh: '打印清单', en: 'Print the list' },
  ready: { zh: '已准备', en: 'Ready' },
  noUpload: { zh: '不上传材料', en: 'No upload' },
  saveFailed: { zh: '勾选未能保存：{reason}', en: 'The tick was not saved: {reason}' },
};
