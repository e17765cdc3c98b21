/**
 * First run: a real toolbar icon in the manifest, the README and `npm start` saying how to
 * open the panel, and the Node version the toolchain needs stated in `engines` and enforced.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../wxt.config';
import { checkNode, satisfies } from './check-node.mjs';

const SIZES = [16, 32, 48, 128] as const;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

type Manifest = { icons?: Record<string, string>; action?: { default_icon?: Record<string, string> } };
const manifestFor = async (browser: string) =>
  await (config.manifest as (env: { browser: string }) => Manifest | Promise<Manifest>)({
    browser,
  });

describe('first run', () => {
  it.each(['chrome', 'firefox'])(
    'the %s manifest names an icon of every size, on the toolbar too',
    async (browser) => {
      const manifest = await manifestFor(browser);
      for (const size of SIZES) {
        const file = manifest.icons?.[size];
        expect(file, `icons.${size}`).toBeTruthy();
        expect(manifest.action?.default_icon?.[size]).toBe(file);
        expect(pngSize(`public/${file}`)).toEqual({ width: size, height: size });
      }
    },
  );

  it.each([
    ['README.md', readFileSync('README.md', 'utf8')],
    ['npm start', readFileSync('scripts/start.mjs', 'utf8')],
  ])('%s says how to open the panel: the shortcut and the toolbar icon', (_where, text) => {
    expect(text).toContain('Alt+Shift+M');
    expect(text).toMatch(/toolbar/i);
    expect(text).toMatch(/open (the )?(Motive )?panel|opens the panel/i);
  });

  it('states the Node version the toolchain needs (vite and eslint: 20.19 or newer)', () => {
    const { engines } = JSON.parse(readFileSync('package.json', 'utf8')) as { engines?: { node?: string } };
    expect(engines?.node).toBe('^20.19.0 || ^22.13.0 || >=24.0.0');
    expect(readFileSync('README.md', 'utf8')).toContain('Node 20.19');
  });

  it.each([
    ['20.20.2', true],
    ['20.19.0', true],
    ['20.18.1', false],
    ['18.20.0', false],
    ['22.12.0', false],
    ['22.13.0', true],
    ['24.1.0', true],
  ])('Node %s satisfies the engines range: %s', (version, ok) => {
    expect(satisfies(version, '^20.19.0 || ^22.13.0 || >=24.0.0')).toBe(ok);
  });

  it('refuses an older Node with a message that says what to install', () => {
    expect(checkNode('18.20.0', '^20.19.0 || ^22.13.0 || >=24.0.0')).toMatch(/Node 18\.20\.0.*\^20\.19\.0/);
    expect(checkNode('20.20.2', '^20.19.0 || ^22.13.0 || >=24.0.0')).toBeNull();
  });
});
