// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { scoreDiagnosis } from '@/lib/domain/diagnosis';
import { evidence } from '@/lib/domain/diagnosis/test-builders';
import { MOTIVATION_CATALOGUE as catalogue } from '@/lib/domain/motivations/catalogue';
import { ScoreBars } from './score-bars';

const now = '2026-11-01T10:00:00.000Z';
const result = scoreDiagnosis({
  evidence: [
    evidence({ id: 'e1', weight: 0.5, side: 'buyer', speaker: 'Dana Reyes' }),
    evidence({ id: 'e2', quote: 'Mondays are lost', status: 'suggested', side: 'buyer' }),
    evidence({ id: 'e3', quote: 'They sounded tired of the rework', source: 'note', side: 'rep-note' }),
  ],
  tickedSignals: [],
  catalogue,
  now,
});

afterEach(cleanup);

describe('ScoreBars', () => {
  it('draws confirmed evidence solid and what suggestions add as a hollow segment, and says both', () => {
    render(<ScoreBars result={result} />);
    const row = screen.getByTestId('score-relief');
    const relief = result.ranked.find((r) => r.motivation === 'relief')!;
    const solid = row.querySelector<HTMLElement>('.bar-fill')!;
    const hollow = row.querySelector<HTMLElement>('.bar-suggested')!;
    expect(solid.style.width).toBe(`${Math.round(relief.confirmed * 100)}%`);
    expect(hollow.style.width).toBe(
      `${Math.round(relief.score * 100) - Math.round(relief.confirmed * 100)}%`,
    );
    expect(row.getAttribute('aria-label')).toBe(
      `Relief: ${Math.round(relief.score * 100)}, of which ${Math.round(relief.confirmed * 100)} confirmed`,
    );
  });

  it('labels the rep’s note as the rep’s, never as a quote of the customer', async () => {
    const user = userEvent.setup();
    render(<ScoreBars result={result} />);
    await user.click(screen.getByTestId('score-relief'));
    const list = screen.getByRole('list', { name: /Evidence behind Relief/ });
    const note = within(list).getByText('They sounded tired of the rework').closest('li')!;
    expect(note.textContent).toContain('your note');
    expect(note.querySelector('q')).toBeNull();
    const suggested = within(list).getByText('Mondays are lost').closest('li')!;
    expect(suggested.textContent).toContain('suggested, not confirmed');
  });
});
