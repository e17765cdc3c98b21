// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeSync, renderWithDeps, type Rendered } from './options-test-kit';
import { SyncSection } from './sync-section';

const TOKEN = 'mtv_0123456789abcdef0123';
let view: Rendered;
afterEach(() => view.cleanup());

async function fill(endpoint: string, token: string) {
  if (endpoint) await view.user.type(screen.getByLabelText('Endpoint URL'), endpoint);
  if (token) await view.user.type(screen.getByLabelText('Access token'), token);
}

describe('SyncSection', () => {
  it('refuses plain http to another machine, explains why, and sends nothing', async () => {
    view = await renderWithDeps(<SyncSection />);
    await fill('http://sync.example.com', TOKEN);
    await view.user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText(/plain http is only allowed for a server on this computer/)).toBeTruthy();
    expect(screen.getByLabelText('Endpoint URL').getAttribute('aria-invalid')).toBe('true');
    expect(view.sync.configure).not.toHaveBeenCalled();
  });

  it('tests the connection without saving and shows the server’s answer', async () => {
    view = await renderWithDeps(<SyncSection />);
    await fill('https://sync.example.com/', TOKEN);
    await view.user.click(screen.getByRole('button', { name: 'Test connection' }));
    await waitFor(() =>
      expect(screen.getByTestId('sync-feedback').textContent).toMatch(
        /Connected to the sync endpoint\. \(server 1\.2\.0\)/,
      ),
    );
    expect(view.sync.test).toHaveBeenCalledWith({ endpoint: 'https://sync.example.com', token: TOKEN });
    expect(view.sync.configure).not.toHaveBeenCalled();
  });

  it('shows a failed test as an error message', async () => {
    const sync = fakeSync();
    sync.test.mockResolvedValueOnce({ ok: false, message: 'The token was refused (401).' });
    view = await renderWithDeps(<SyncSection />, sync);
    await fill('http://127.0.0.1:8787', TOKEN);
    await view.user.click(screen.getByRole('button', { name: 'Test connection' }));
    await waitFor(() =>
      expect(screen.getByTestId('sync-feedback').textContent).toBe('The token was refused (401).'),
    );
    expect(screen.getByTestId('sync-feedback').className).toContain('error');
  });

  it('saves endpoint and token, clears the token field and shows the connected status', async () => {
    view = await renderWithDeps(<SyncSection />);
    await waitFor(() => expect(screen.getByTestId('sync-status').textContent).toMatch(/Not connected/));
    await fill('https://sync.example.com', TOKEN);
    await view.user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('sync-status').textContent).toMatch(/^Connected/));
    expect(view.sync.configure).toHaveBeenCalledWith({ endpoint: 'https://sync.example.com', token: TOKEN });
    expect(screen.getByLabelText<HTMLInputElement>('Access token').value).toBe('');
  });

  it('disconnects in one action when connected', async () => {
    const sync = fakeSync({
      configured: true,
      lastSyncAt: null,
      pending: 3,
      inFlight: false,
      lastError: null,
    });
    view = await renderWithDeps(<SyncSection />, sync);
    await waitFor(() => expect(screen.getByTestId('sync-status').textContent).toMatch(/3 changes waiting/));
    // The saved endpoint is shown again; the token never is.
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>('Endpoint URL').value).toBe('https://saved.example'),
    );
    expect(screen.getByLabelText<HTMLInputElement>('Access token').value).toBe('');
    await view.user.click(screen.getByRole('button', { name: 'Disconnect' }));
    await waitFor(() => expect(screen.getByTestId('sync-status').textContent).toMatch(/Not connected/));
    expect(sync.configure).toHaveBeenCalledWith({ endpoint: null });
    expect(screen.queryByRole('button', { name: 'Disconnect' })).toBeNull();
  });

  it('reports a background that cannot be reached instead of failing silently', async () => {
    const sync = fakeSync();
    sync.configure.mockRejectedValueOnce(new Error('No handler for configureSync'));
    view = await renderWithDeps(<SyncSection />, sync);
    await fill('https://sync.example.com', TOKEN);
    await view.user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByTestId('sync-feedback').textContent).toMatch(/Could not save: No handler/),
    );
  });
});
