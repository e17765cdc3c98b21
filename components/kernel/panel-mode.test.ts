import { describe, expect, it } from 'vitest';
import { modeForSurface, type PanelMode } from './panel-mode';

describe('modeForSurface', () => {
  it.each<[string, Parameters<typeof modeForSurface>[0], PanelMode, PanelMode]>([
    ['a call tab switches to the live-call mode', 'call', 'prep', 'live'],
    ['an email tab switches to the email mode', 'email', 'live', 'email'],
    ['a CRM record switches to renewal prep', 'crm', 'email', 'prep'],
    ['a tab Motive does not read keeps the live mode', null, 'live', 'live'],
    ['a tab Motive does not read keeps the email mode', null, 'email', 'email'],
  ])('%s', (_rule, surface, current, expected) => {
    expect(modeForSurface(surface, current)).toBe(expected);
  });
});
