// The photo tool: drop or pick a photo, move/zoom the 33:48 crop (sliders and
// arrow keys), choose the preset, download the compliant file. Same pipeline
// as on the platform's pages (src/images/), so what is downloaded is what the
// page would have received.
import { useEffect, useRef, useState } from 'preact/hooks';
import { PAGE_NAMES, t, type Locale } from '../../i18n';
import { LocaleToggle } from '../../i18n/LocaleToggle';
import type { LocalText } from '../../rules/types';
import {
  CENTRED,
  formatBytes,
  PRESETS,
  processImage,
  type CropChoice,
  type PresetId,
  type ProcessResult,
} from '../../images';
import { mozjpegEncoder } from '../../images/mozjpeg';
import { decodeHeic } from '../../images/heic';

// An extension page may run wasm (wxt.config.ts CSP), so MozJPEG is tried here
// on detailed photos and kept where it is closer to the pixels (bench).
const altEncoder = mozjpegEncoder();

const TEXT = {
  title: PAGE_NAMES.photo,
  pages: { zh: '其他页面', en: 'Other pages' },
  /** The photo preset the platform pages use now (the options page's setting). */
  active: (ruleSet: LocalText) => ({
    zh: `本次报名使用这一规格（按设置中的规则集：${ruleSet.zh}；可在“${PAGE_NAMES.options.zh}”中更改）`,
    en:
      `Used for this year’s registration (the rule set in the settings: ${ruleSet.en}; ` +
      `change it in ${PAGE_NAMES.options.en})`,
  }),
  material: {
    zh: '用于资格审核材料的扫描件，不是报名照片',
    en: 'For scans of the review materials, not the registration photo',
  },
  intro: {
    zh: '把手机或相机拍的照片做成报名平台接受的 JPG：裁成小2寸（33:48），压缩到限制以内。照片只在本机处理，不会上传到任何地方。',
    en:
      'Turn a phone or camera photo into a JPEG the platform accepts: cropped to 小2寸 (33:48) and compressed ' +
      'under the limit. Everything happens on this computer; nothing is uploaded.',
  },
  drop: { zh: '把照片拖到这里，或', en: 'Drop a photo here, or' },
  pick: { zh: '选择照片文件…', en: 'Choose a photo file…' },
  preset: { zh: '规格', en: 'Preset' },
  crop: { zh: '调整裁剪', en: 'Adjust the crop' },
  x: { zh: '左右位置', en: 'Horizontal position' },
  y: { zh: '上下位置', en: 'Vertical position' },
  zoom: { zh: '放大', en: 'Zoom' },
  reset: { zh: '居中', en: 'Centre' },
  working: { zh: '正在处理…', en: 'Processing…' },
  download: { zh: '下载照片', en: 'Download the photo' },
  source: { zh: '原图（框内为裁剪区域）', en: 'Source (the frame is the crop)' },
  result: { zh: '结果', en: 'Result' },
  sizes: (a: string, b: string, w: number, h: number, q: number | undefined, encoder: string) => {
    const enc = encoder === 'mozjpeg' ? ', MozJPEG' : '';
    return {
      zh: `处理前 ${a} → 处理后 ${b}（${w}×${h} 像素${q ? `，质量 ${Math.round(q * 100)}` : ''}${enc}）`,
      en: `before ${a} → after ${b} (${w}×${h} px${q ? `, quality ${Math.round(q * 100)}` : ''}${enc})`,
    };
  },
  keys: {
    zh: '提示：在预览上可用方向键移动裁剪框，+/- 缩放。',
    en: 'Tip: on the preview, arrow keys move the crop, +/- zoom.',
  },
} as const;

export interface PhotoToolProps {
  initialPreset: PresetId;
  /** The photo preset the extension applies on the platform now, and the rule set it follows. */
  activePhoto: PresetId;
  ruleSet: LocalText;
  locale: Locale;
  onLocaleChange(locale: Locale): void;
  links: { options: string; practice: string; welcome: string };
}

export function PhotoTool({
  initialPreset,
  activePhoto,
  ruleSet,
  locale,
  onLocaleChange,
  links,
}: PhotoToolProps) {
  const [file, setFile] = useState<File>();
  const [presetId, setPresetId] = useState<PresetId>(initialPreset);
  const [crop, setCrop] = useState<CropChoice>(CENTRED);
  const [result, setResult] = useState<ProcessResult>();
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [sourceUrl, setSourceUrl] = useState<string>();
  const [resultUrl, setResultUrl] = useState<string>();
  const run = useRef(0);
  const preset = PRESETS[presetId];

  useEffect(() => {
    if (!file) return;
    const url = URL.createObjectURL(file);
    setSourceUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  useEffect(() => {
    if (!file) return;
    const id = ++run.current;
    setBusy(true);
    const timer = setTimeout(() => {
      void processImage(file, { preset, crop, altEncoder, heicDecoder: decodeHeic }).then(
        (r) => {
          if (id !== run.current) return;
          setResult(r);
          setBusy(false);
        },
        () => {
          if (id === run.current) setBusy(false);
        },
      );
    }, 120);
    return () => clearTimeout(timer);
  }, [file, presetId, crop.cx, crop.cy, crop.zoom]);

  useEffect(() => {
    if (!result?.ok) return setResultUrl(undefined);
    const url = URL.createObjectURL(result.file);
    setResultUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [result]);

  const choose = (f: File | undefined) => {
    if (!f) return;
    setResult(undefined);
    setCrop(CENTRED);
    setFile(f);
  };

  const onKey = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 0.1 : 0.02;
    const moves: Record<string, Partial<CropChoice>> = {
      ArrowLeft: { cx: crop.cx - step },
      ArrowRight: { cx: crop.cx + step },
      ArrowUp: { cy: crop.cy - step },
      ArrowDown: { cy: crop.cy + step },
      '+': { zoom: crop.zoom + 0.1 },
      '=': { zoom: crop.zoom + 0.1 },
      '-': { zoom: crop.zoom - 0.1 },
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    setCrop(clampCrop({ ...crop, ...move }));
  };

  const ok = result?.ok ? result : undefined;
  const frame = ok?.crop && {
    left: `${(100 * ok.crop.x) / ok.source.width}%`,
    top: `${(100 * ok.crop.y) / ok.source.height}%`,
    width: `${(100 * ok.crop.width) / ok.source.width}%`,
    height: `${(100 * ok.crop.height) / ok.source.height}%`,
  };

  return (
    <>
      <header class="top">
        <h1>{t(TEXT.title, locale)}</h1>
        <nav aria-label={t(TEXT.pages, locale)}>
          <a href={links.options}>{t(PAGE_NAMES.options, locale)}</a>
          <a href={links.practice}>{t(PAGE_NAMES.practice, locale)}</a>
          <a href={links.welcome}>{t(PAGE_NAMES.welcome, locale)}</a>
        </nav>
        <LocaleToggle locale={locale} onChange={onLocaleChange} />
      </header>
      <main>
        <p class="intro">{t(TEXT.intro)}</p>
        <div
          class={`drop${dragging ? ' over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            choose(e.dataTransfer?.files[0]);
          }}
        >
          {t(TEXT.drop)}{' '}
          <label class="button">
            {t(TEXT.pick)}
            <input
              type="file"
              accept="image/*,.heic,.heif"
              class="visually-hidden"
              onChange={(e) => choose(e.currentTarget.files?.[0])}
            />
          </label>
        </div>

        <fieldset class="presets">
          <legend>{t(TEXT.preset)}</legend>
          {(['guide', 'notice', 'material'] as const).map((id) => (
            <label key={id}>
              <input
                type="radio"
                name="preset"
                value={id}
                checked={presetId === id}
                onChange={() => setPresetId(id)}
              />{' '}
              {t(PRESETS[id].label)}
              {id === activePhoto && (
                <span class="applies" data-testid="preset-applies">
                  {' '}
                  {t(TEXT.active(ruleSet))}
                </span>
              )}
              {id === 'material' && <span class="applies muted"> {t(TEXT.material)}</span>}
            </label>
          ))}
        </fieldset>

        <p role="status" aria-live="polite" class="status">
          {busy
            ? t(TEXT.working)
            : ok
              ? t(
                  TEXT.sizes(
                    formatBytes(ok.source.bytes),
                    formatBytes(ok.bytes),
                    ok.width,
                    ok.height,
                    ok.quality,
                    ok.encoder,
                  ),
                )
              : ''}
        </p>
        {result && !result.ok && (
          <p role="alert" class="error">
            {t(result.message)}
          </p>
        )}
        {result && result.warnings.length > 0 && (
          <ul class="warnings" aria-label="提醒 Warnings">
            {result.warnings.map((w) => (
              <li key={w.code}>{t(w.message)}</li>
            ))}
          </ul>
        )}

        {file && (
          <div class="panes">
            <figure>
              <figcaption>{t(TEXT.source)}</figcaption>
              <div
                class="source"
                tabIndex={0}
                onKeyDown={onKey}
                aria-label={`${t(TEXT.crop)}. ${t(TEXT.keys)}`}
                role="group"
              >
                {sourceUrl && <img src={sourceUrl} alt="" />}
                {frame && preset.kind === 'photo' && <div class="frame" style={frame} />}
              </div>
              {preset.kind === 'photo' && (
                <fieldset class="crop">
                  <legend>{t(TEXT.crop)}</legend>
                  <label>
                    {t(TEXT.x)}
                    <input
                      type="range"
                      min="0"
                      max="1"
                      step="0.01"
                      value={crop.cx}
                      onInput={(e) => setCrop(clampCrop({ ...crop, cx: +e.currentTarget.value }))}
                    />
                  </label>
                  <label>
                    {t(TEXT.y)}
                    <input
                      type="range"
                      min="0"
                      max="1"
                      step="0.01"
                      value={crop.cy}
                      onInput={(e) => setCrop(clampCrop({ ...crop, cy: +e.currentTarget.value }))}
                    />
                  </label>
                  <label>
                    {t(TEXT.zoom)}
                    <input
                      type="range"
                      min="1"
                      max="3"
                      step="0.05"
                      value={crop.zoom}
                      onInput={(e) => setCrop(clampCrop({ ...crop, zoom: +e.currentTarget.value }))}
                    />
                  </label>
                  <button type="button" onClick={() => setCrop(CENTRED)}>
                    {t(TEXT.reset)}
                  </button>
                  <p class="muted small">{t(TEXT.keys)}</p>
                </fieldset>
              )}
            </figure>
            <figure>
              <figcaption>{t(TEXT.result)}</figcaption>
              {resultUrl && ok && (
                <img
                  class="result"
                  src={resultUrl}
                  alt={`${t(TEXT.result)} ${ok.width}×${ok.height}`}
                />
              )}
              {resultUrl && ok && (
                <p>
                  <a class="button primary" href={resultUrl} download={ok.file.name}>
                    {t(TEXT.download)} ({ok.file.name}, {formatBytes(ok.bytes)} ={' '}
                    {ok.bytes.toLocaleString('en-US')} B)
                  </a>
                </p>
              )}
            </figure>
          </div>
        )}
      </main>
    </>
  );
}

function clampCrop(c: CropChoice): CropChoice {
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return { cx: clamp(c.cx, 0, 1), cy: clamp(c.cy, 0, 1), zoom: clamp(c.zoom, 1, 3) };
}
