// Photo tool page: wires the image pipeline (src/images/) to
// its UI in src/ui/photo/; the preset defaults to the options setting.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { applyLocale, initLocale, watchLocale } from '../../src/i18n/locale';
import { PAGE_NAMES, pageTitle, t, type Locale } from '../../src/i18n';
import { DEFAULT_RULE_SET, ruleSetById } from '../../src/rules/rule-sets';
import { PRESETS, resolvePhotoPreset } from '../../src/images/presets';
import { getSettings } from '../../src/settings';
import { PhotoTool } from '../../src/ui/photo/App';

async function main() {
  const locale = await initLocale().catch((): Locale => 'zh');
  const settings = await getSettings().catch(() => undefined);
  // `?preset=material`: opened from the materials checklist for a scan (jpg/png ≤ 200 KB, upright).
  const asked = new URLSearchParams(location.search).get('preset');
  const preset =
    asked === 'material'
      ? PRESETS.material
      : resolvePhotoPreset(settings?.photoPreset, settings?.ruleSet);
  const active = resolvePhotoPreset(settings?.photoPreset, settings?.ruleSet);
  const ruleSet = (ruleSetById(settings?.ruleSet) ?? ruleSetById(DEFAULT_RULE_SET))!.label;
  const url = (page: string) => browser.runtime.getURL(page as '/popup.html');
  const links = {
    options: url('/options.html'),
    practice: url('/practice.html'),
    welcome: url('/welcome.html'),
  };
  const draw = (next: Locale) => {
    // The tool's own texts read the current language: set it before drawing.
    applyLocale(next);
    document.title = t(pageTitle(PAGE_NAMES.photo), next);
    render(
      <PhotoTool
        initialPreset={preset.id}
        activePhoto={active.id}
        ruleSet={ruleSet}
        locale={next}
        onLocaleChange={draw}
        links={links}
      />,
      document.getElementById('app')!,
    );
  };
  draw(locale);
  watchLocale(draw);
}

void main();
