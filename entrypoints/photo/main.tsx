// Photo tool page: wires the image pipeline (src/images/) to
// its UI in src/ui/photo/; the preset defaults to the options setting.
import { render } from 'preact';
import { initLocale } from '../../src/i18n/locale';
import { resolvePhotoPreset } from '../../src/images/presets';
import { getSettings } from '../../src/settings';
import { PhotoTool } from '../../src/ui/photo/App';

async function main() {
  await initLocale().catch(() => undefined);
  const settings = await getSettings().catch(() => undefined);
  const preset = resolvePhotoPreset(settings?.photoPreset, settings?.ruleSet);
  render(<PhotoTool initialPreset={preset.id} />, document.getElementById('app')!);
}

void main();
