import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest asks for the least that works (issue #2 item 7, DEVELOPERS.md):
// `storage` for settings, the platform's own hosts, and other registration hosts
// only as optional permissions the candidate grants for one site at run time.
// tests/e2e/manifest.e2e.test.ts keeps this list honest.
export default defineConfig({
  // Separate output folders let parallel builds (and e2e runs) not trample each other.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '医师资格考试报名助手 Exam Registration Assistant',
    description:
      '在国家医学考试服务平台上逐项检查报名信息，本地备份，照片压缩；数据不离开本机。Checks the medical licensing exam registration forms in place; nothing leaves your computer.',
    permissions: ['storage'],
    host_permissions: ['*://*.nmec.org.cn/*'],
    // MozJPEG/libheif run as WebAssembly in extension pages (engineering-notes.md).
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
  },
});
