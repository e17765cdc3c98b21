import { APP_NAMES } from '@/lib/domain/vocabulary';
import type { ActiveContext } from '@/lib/messaging/protocol';
import { usePageSnapshot } from './use-page-snapshot';

/**
 * Offers a redacted snapshot of the page (structure only, names and text masked) that the
 * user can attach to a bug report when a reader fails; it is saved locally, never sent.
 */
function SnapshotOffer() {
  const save = usePageSnapshot();
  return (
    <span className="snapshot-offer">
      {' '}
      <button type="button" className="link-button" onClick={() => save.mutate()} disabled={save.isPending}>
        Save a redacted page snapshot
      </button>{' '}
      <span role="status" data-testid="snapshot-status">
        {save.data?.fileName &&
          `Saved ${save.data.fileName} to your downloads: names and text are masked, nothing was sent.`}
        {save.data?.reason && `No snapshot: ${save.data.reason}`}
        {save.error && `No snapshot: ${save.error.message}`}
      </span>
    </span>
  );
}

/**
 * Says plainly when the active tab could not be read (which app, which part), and that picking
 * the account by hand still works. Shows nothing when the page was read in full.
 */
export function ReadStatusNotice({ context }: { context: ActiveContext | undefined }) {
  if (!context) return null;
  const missing = context.missing.length > 0 ? ` Missing: ${context.missing.join(', ')}.` : '';
  const page = context.app ? `${APP_NAMES[context.app]} page` : 'page';
  if (context.meeting?.captionsOn === false) {
    return (
      <p className="notice notice-warn" role="status" data-testid="read-status">
        Captions are off in this call, so Motive cannot hear quotes.{' '}
        {context.meeting.captionsHelp ?? 'Turn on the meeting’s live captions.'} Ticking signals and notes
        work as usual.
      </p>
    );
  }
  if (context.readStatus === 'unreadable') {
    return (
      <div className="notice notice-warn" data-testid="read-status">
        <p role="status">
          Motive could not read this {page}.{missing} Pick or create the account by hand — everything else
          works as usual.
        </p>
        {context.app && <SnapshotOffer />}
      </div>
    );
  }
  if (context.readStatus === 'partial') {
    return (
      <div className="notice" data-testid="read-status">
        <p role="status">
          Read part of this {page}.{missing}
        </p>
        {context.app && <SnapshotOffer />}
      </div>
    );
  }
  if (context.readStatus === 'not-an-app') {
    return (
      <p className="notice" role="status" data-testid="read-status">
        This tab is not a CRM, inbox or call Motive reads: manual mode.
      </p>
    );
  }
  return null;
}
