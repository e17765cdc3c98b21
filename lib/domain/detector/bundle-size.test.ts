import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The background bundles the detector code; its weights travel as data
 * (`public/models/detector.json`). This keeps big tables out of the code.
 */
describe('detector code size', () => {
  it('adds at most 10 KB gzip to a bundle (weights are data, not code)', async () => {
    const result = await build({
      entryPoints: [new URL('./index.ts', import.meta.url).pathname],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
    });
    const gzipped = gzipSync(result.outputFiles[0]!.contents).length;
    expect(gzipped).toBeLessThan(10 * 1024);
  });
});
