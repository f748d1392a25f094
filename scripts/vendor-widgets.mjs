// Copies the widget libraries' browser builds (devDependencies, and the Vue 2
// stack kept apart in tests/fixtures/widgets/vue2-stack because element-ui needs
// Vue 2 while element-plus needs Vue 3) into tests/fixtures/widgets/vendor/
// (git-ignored), where the replica pages load them from. No CDN: the e2e
// global setup runs this, so a fresh clone has them.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WIDGETS = path.join(ROOT, 'tests/fixtures/widgets');
const VUE2_STACK = path.join(WIDGETS, 'vue2-stack');
const OUT = path.join(WIDGETS, 'vendor');

const ANTD_DAYJS_PLUGINS = [
  'advancedFormat',
  'customParseFormat',
  'localeData',
  'quarterOfYear',
  'weekOfYear',
  'weekYear',
  'weekday',
];
/** [from (relative to a node_modules), to (relative to vendor/)] */
const ROOT_FILES = [
  ['vue/dist/vue.global.prod.js', 'vue3/vue.global.js'],
  ['element-plus/dist/index.full.min.js', 'element-plus/index.full.js'],
  ['element-plus/dist/index.css', 'element-plus/index.css'],
  ['element-plus/dist/locale/zh-cn.min.js', 'element-plus/zh-cn.js'],
  ['layui/dist', 'layui'],
  // ant-design-vue 4 (CSS in JS; reset.css only evens out the browser's defaults). Its UMD build
  // takes window.dayjs and these dayjs plugins (the globals it names: dayjs_plugin_<name>).
  ['ant-design-vue/dist/antd-with-locales.min.js', 'ant-design-vue/antd.js'],
  ['ant-design-vue/dist/reset.css', 'ant-design-vue/reset.css'],
  ['dayjs/dayjs.min.js', 'dayjs/dayjs.js'],
  ['dayjs/locale/zh-cn.js', 'dayjs/zh-cn.js'],
  ...ANTD_DAYJS_PLUGINS.map((name) => [`dayjs/plugin/${name}.js`, `dayjs/plugin/${name}.js`]),
];
const VUE2_FILES = [
  ['vue/dist/vue.min.js', 'vue2/vue.js'],
  ['element-ui/lib/index.js', 'element-ui/index.js'],
  ['element-ui/lib/umd/locale/zh-CN.js', 'element-ui/zh-CN.js'],
  ['element-ui/lib/theme-chalk/index.css', 'element-ui/theme-chalk/index.css'],
  ['element-ui/lib/theme-chalk/fonts', 'element-ui/theme-chalk/fonts'],
];

export function vendorWidgets() {
  if (!existsSync(path.join(VUE2_STACK, 'node_modules/element-ui'))) {
    execSync('npm ci --no-audit --no-fund', { cwd: VUE2_STACK, stdio: 'inherit' });
  }
  const copy = (base, [from, to]) => {
    const src = path.join(base, 'node_modules', from);
    if (!existsSync(src)) throw new Error(`vendor-widgets: ${src} is missing (npm install?)`);
    const dest = path.join(OUT, to);
    mkdirSync(path.dirname(dest), { recursive: true });
    cpSync(src, dest, { recursive: true });
  };
  for (const file of ROOT_FILES) copy(ROOT, file);
  for (const file of VUE2_FILES) copy(VUE2_STACK, file);
  return OUT;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  console.log(`widget libraries copied to ${vendorWidgets()}`);
}
