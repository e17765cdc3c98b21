import type { ActiveContext } from '@/lib/messaging/protocol';

/**
 * Says plainly when the active tab could not be read, and that picking the account by hand
 * still works. Shows nothing when the page was read in full.
 */
export function ReadStatusNotice({ context }: { context: ActiveContext | undefined }) {
  if (!context) return null;
  const missing = context.missing.length > 0 ? ` Missing: ${context.missing.join(', ')}.` : '';
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
      <p className="notice notice-warn" role="status" data-testid="read-status">
        Motive could not read this {context.app ?? 'page'}.{missing} Pick or create the account by hand —
        everything else works as usual.
      </p>
    );
  }
  if (context.readStatus === 'partial') {
    return (
      <p className="notice" role="status" data-testid="read-status">
        Read part of this {context.app ?? 'page'}.{missing}
      </p>
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
