// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ViewBoundary } from './view-boundary';

afterEach(() => cleanup());

describe('a view behind its error boundary', () => {
  it('says which view failed and why, keeps its neighbours, and renders afresh on "Try again"', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    function People() {
      if (broken) throw new Error('Could not read the local database.');
      return <p>Dana Ruiz</p>;
    }
    const user = userEvent.setup();
    render(
      <>
        <h1>Acme Logistics</h1>
        <ViewBoundary name="People">
          <People />
        </ViewBoundary>
      </>,
    );

    expect(screen.getByRole('alert').textContent).toMatch(
      /People could not be shown: Could not read the local database/,
    );
    expect(screen.getByRole('heading', { name: 'Acme Logistics' })).toBeTruthy();

    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(screen.getByText('Dana Ruiz')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
