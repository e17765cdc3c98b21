// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { EvidenceRow } from '@/lib/db/schema';
import { scoreDiagnosis } from '@/lib/domain/diagnosis';
import { evidence } from '@/lib/domain/diagnosis/test-builders';
import { MOTIVATION_CATALOGUE as catalogue } from '@/lib/domain/motivations/catalogue';
import type { Evidence } from '@/lib/domain/records';
import { TopMotivations } from './top-motivations';

const now = '2026-11-01T10:00:00.000Z';
const row = (e: Evidence) => ({ ...e, serverVersion: 0, deleted: false }) as unknown as EvidenceRow;
// The rep's confirmed note weighs the most: it would be the first contribution to relief.
const NOTE = evidence({
  id: 'note',
  quote: 'They sounded tired of the rework',
  source: 'note',
  side: 'rep-note',
  weight: 3,
});
const BUYER = evidence({
  id: 'buyer',
  quote: 'Mondays are lost to reconciling',
  side: 'buyer',
  speaker: 'Dana Reyes',
  weight: 0.5,
});

function renderTop(rows: Evidence[]) {
  const result = scoreDiagnosis({ evidence: rows, tickedSignals: [], catalogue, now });
  render(<TopMotivations result={result} evidence={rows.map(row)} />);
  return screen.getByRole('list');
}

afterEach(cleanup);

describe('TopMotivations (the live card’s top three)', () => {
  it('quotes the buyer under a motivation, never the rep’s own note, however much the note weighs', () => {
    const list = renderTop([NOTE, BUYER]);
    const quotes = [...list.querySelectorAll('q')].map((q) => q.textContent);
    expect(quotes).toEqual(['Mondays are lost to reconciling']);
    expect(list.textContent).toContain('Dana Reyes');
    expect(list.textContent).not.toContain('tired of the rework');
  });

  it('with only the rep’s note, shows it as the rep’s, not as a quote by “someone”', () => {
    const list = renderTop([NOTE]);
    expect(list.querySelectorAll('q')).toHaveLength(0);
    expect(list.textContent).toContain('Your note: They sounded tired of the rework');
    expect(list.textContent).not.toMatch(/someone/i);
  });

  it('says a speaker nobody has named is not named yet, instead of “someone”', () => {
    const list = renderTop([evidence({ id: 'u', quote: 'We cannot lose another weekend', side: 'unknown' })]);
    expect(list.textContent).not.toMatch(/someone/i);
    expect(list.textContent).toContain('Unknown speaker');
  });
});
