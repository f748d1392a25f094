import { describe, expect, it } from 'vitest';
import { outputName } from '../../../src/images/pipeline';
import { formatBytes } from '../../../src/images/presets';

describe('what the candidate and the page see', () => {
  it('output names end in .jpg (or .png), keep the base name, drop characters upload scripts choke on', () => {
    expect(outputName('IMG_1234.HEIC', 'jpeg')).toBe('IMG_1234.jpg');
    expect(outputName('证件照 2025.png', 'jpeg')).toBe('证件照_2025.jpg');
    expect(outputName('scan.png', 'png')).toBe('scan.png');
    expect(outputName('', 'jpeg')).toBe('photo.jpg');
    expect(outputName('a'.repeat(200) + '.jpg', 'jpeg')).toHaveLength(64);
  });
  it('sizes are rounded down, so a file under a limit never reads as the limit', () => {
    expect(formatBytes(29_999)).toBe('29.9 KB');
    expect(formatBytes(40_000)).toBe('40.0 KB');
    expect(formatBytes(1_426_802)).toBe('1.4 MB');
  });
});
