import { describe, expect, it } from 'vitest';
import { base64ByteLength } from '../../../src/images/format';

describe('base64ByteLength (the size of each JPEG try, read off its data URL)', () => {
  it('is the decoded length for every padding: none, one and two "="', () => {
    for (let n = 0; n <= 9; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 255);
      const b64 = Buffer.from(bytes).toString('base64');
      expect(base64ByteLength(b64)).toBe(n);
    }
  });

  it('matches a 40,000-byte payload exactly (the byte cap is compared with it)', () => {
    const b64 = Buffer.alloc(40_000, 7).toString('base64');
    expect(base64ByteLength(b64)).toBe(40_000);
    expect(base64ByteLength(Buffer.alloc(40_001, 7).toString('base64'))).toBe(40_001);
  });
});
