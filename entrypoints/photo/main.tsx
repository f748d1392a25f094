// Photo tool page (issue 5 item 5): wires the image pipeline (src/images/) to
// the page's own UI in ./App.tsx; the preset defaults to the options setting.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { initLocale } from '../../src/i18n/locale';
import { resolvePhotoPreset } from '../../src/images/presets';
import { PhotoTool } from './App';

async function main() {
  await initLocale().catch(() => undefined);
  const stored = await browser.storage.local.get(['photoPreset', 'ruleSet']).catch(() => ({}) as Record<string, unknown>);
  const preset = resolvePhotoPreset(
    typeof stored.photoPreset === 'string' ? stored.photoPreset : undefined,
    typeof stored.ruleSet === 'string' ? stored.ruleSet : undefined,
  );
  render(<PhotoTool initialPreset={preset.id} />, document.getElementById('app')!);
}

void main();
