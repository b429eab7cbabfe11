// The generated platform icons: real PNGs rendered from build/icon.svg, packed into well-formed .ico and .icns files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeIcns, encodeIco, icnsTypes } from '../../../scripts/packaging/icon-containers';
import { createIconRenderer } from '../../../scripts/packaging/icon-renderer';
import { projectDir } from './builder-config';

const render = createIconRenderer(readFileSync(join(projectDir, 'build/icon.svg'), 'utf8'));
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Uint8Array): [number, number] => {
  const data = Buffer.from(png);
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
};

describe('app icons', () => {
  it('renders the SVG source to a PNG of exactly the asked size', () => {
    for (const size of [16, 256, 1024]) {
      const png = render(size);
      expect(Buffer.from(png).subarray(0, 8)).toEqual(pngSignature);
      expect(pngSize(png)).toEqual([size, size]);
    }
  });

  it('writes an ICO whose directory points at each embedded PNG, 256 px stored as 0', () => {
    const sizes = [16, 32, 256];
    const ico = encodeIco(sizes.map((size) => ({ size, png: render(size) })));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, sizes.length]);
    sizes.forEach((size, index) => {
      const entry = 6 + 16 * index;
      expect(ico.readUInt8(entry)).toBe(size === 256 ? 0 : size);
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(pngSize(ico.subarray(offset, offset + length))).toEqual([size, size]);
    });
  });

  it('refuses an ICO image larger than 256 px', () => {
    expect(() => encodeIco([{ size: 512, png: render(512) }])).toThrow(/256/);
  });

  it('writes an ICNS whose length fields chain through every element up to 1024 px', () => {
    const icns = encodeIcns(render);
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    let offset = 8;
    for (const { type, size } of icnsTypes) {
      expect(icns.toString('ascii', offset, offset + 4)).toBe(type);
      const length = icns.readUInt32BE(offset + 4);
      expect(pngSize(icns.subarray(offset + 8, offset + length))).toEqual([size, size]);
      offset += length;
    }
    expect(offset).toBe(icns.length);
  });
});
