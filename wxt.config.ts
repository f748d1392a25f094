import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest asks for the least that works (docs/permissions.md):
// `storage` for settings, the platform's own hosts, and other registration hosts
// only as optional permissions the candidate grants for one site at run time.
// tests/e2e/manifest.test.ts keeps this list honest.
export default defineConfig({
  // Separate output folders let parallel builds (and e2e runs) not trample each other.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Firefox needs an add-on id for storage and for signing;
    // Chrome warns about the unknown key, so it is added to the Firefox manifest only.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox') {
        manifest.browser_specific_settings = {
          gecko: {
            id: 'exam-assist@nmec-helper.local',
            strict_min_version: '115.0',
            // Nothing is collected or transmitted (docs/privacy.md); AMO asks every new
            // add-on to say so in the manifest.
            data_collection_permissions: { required: ['none'] },
          },
        };
        // WXT drops MV3's optional_host_permissions from an MV2 build; Firefox MV2
        // takes optional hosts in optional_permissions (the per-site switch needs them).
        const optionalHosts = wxt.config.manifest.optional_host_permissions ?? [];
        if (manifest.manifest_version === 2 && optionalHosts.length > 0) {
          manifest.optional_permissions = [
            ...new Set([...(manifest.optional_permissions ?? []), ...optionalHosts]),
          ];
        }
      }
    },
  },
  manifest: {
    // Name and description come from public/_locales; Chinese is the default.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // `scripting` + `activeTab`: the popup's per-site switch for other registration
    // hosts (src/hosts/, docs/permissions.md); the host itself is optional, granted per site.
    // contextMenus: the "这个字段是… / Teach this field" entry on a field (src/teach/menu.ts).
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus'],
    host_permissions: ['*://*.nmec.org.cn/*'],
    optional_host_permissions: ['*://*/*'],
    // MozJPEG/libheif run as WebAssembly in extension pages (docs/toolchain.md).
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
  },
});
