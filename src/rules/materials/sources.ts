// The documents the materials rule set is written from, cited by title and
// year (docs/materials.md lists them). Pure data.
import type { SourceDoc, SourceDocId } from './types';

export const SOURCE_DOCS: Record<SourceDocId, SourceDoc> = {
  'guide-review': {
    id: 'guide-review',
    title: {
      zh: '国家医学考试服务平台网上报名操作指南 · 现场审核材料',
      en: 'Platform registration guide · materials for the on-site review',
    },
    year: 2014,
  },
  'guide-faq': {
    id: 'guide-faq',
    title: {
      zh: '国家医学考试服务平台网上报名操作指南 · 常见问题说明',
      en: 'Platform registration guide · frequently asked questions',
    },
    year: 2021,
  },
  'upload-2024': {
    id: 'upload-2024',
    title: {
      zh: '医师资格考试报名流程（四川、重庆考区：网上审核与材料上传）',
      en: 'Registration steps of the Sichuan and Chongqing regions (online review, uploads)',
    },
    year: 2024,
  },
  'upload-beijing-2025': {
    id: 'upload-beijing-2025',
    title: {
      zh: '北京考区考生服务系统操作指南（上传报名材料）',
      en: 'Beijing region candidate service guide (uploading materials)',
    },
    year: 2025,
  },
};

/** "操作指南 · 现场审核材料（2014），第（三）项" */
export function citeSource(
  source: { doc: SourceDocId; item: { zh: string; en: string } },
  locale: 'zh' | 'en',
): string {
  const doc = SOURCE_DOCS[source.doc];
  return locale === 'zh'
    ? `${doc.title.zh}（${doc.year}），${source.item.zh}`
    : `${doc.title.en} (${doc.year}), ${source.item.en}`;
}
