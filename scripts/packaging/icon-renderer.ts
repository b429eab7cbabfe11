// Renders the SVG icon source to PNG at any pixel size with resvg (prebuilt binaries, no browser). Must not import node:fs or app code.
import { Resvg } from '@resvg/resvg-js';

/** Renders the SVG once per size (never by scaling a bitmap), so small icons stay sharp; results are cached. */
export function createIconRenderer(svg: string): (size: number) => Uint8Array {
  const cache = new Map<number, Uint8Array>();
  return (size) => {
    const known = cache.get(size);
    if (known !== undefined) return known;
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
    cache.set(size, png);
    return png;
  };
}
