import { useState } from 'react';
import type { AccountRow } from '@/lib/db/schema';
import { STAGES, type Motion, type Stage } from '@/lib/domain/vocabulary';
import type { ActiveContext } from '@/lib/messaging/protocol';
import { AccountFinder } from './account-finder';
import { ReadStatusNotice } from './read-status-notice';
import { SyncBadge } from './sync-badge';
import { labelOf } from '@/components/ui/labels';

export interface AccountHeaderProps {
  account: AccountRow | null | undefined;
  context: ActiveContext | undefined;
  /** The rep picked this account by hand for this page (other pages keep their own match). */
  pinned: boolean;
  /** The motion to show: the account's own, or the one its segment calls for. */
  motion: Motion | undefined;
  now: () => Date;
  onPick: (accountId: string) => void;
  onCreate: (name: string, domain?: string, crmKey?: string) => void;
  onFollowTab: () => void;
  onStageChange: (stage: Stage) => void;
}

/** Which account the panel shows, why, how sure, its stage and motion, and the sync state. */
export function AccountHeader(props: AccountHeaderProps) {
  const { account, context, pinned, motion, now } = props;
  const [finding, setFinding] = useState(false);
  const resolution = context?.resolution;
  const showFinder = finding || !account;
  const pick = (id: string) => {
    setFinding(false);
    props.onPick(id);
  };
  return (
    <header className="account-header" aria-label="Account">
      <div className="account-line">
        {account ? (
          <h2 className="account-name" data-testid="account-name">
            {account.name}
            {account.isSample && <span className="badge badge-sample">sample</span>}
          </h2>
        ) : (
          <h2 className="account-name muted">No account yet</h2>
        )}
        {account && (
          <button
            type="button"
            className="link-button"
            onClick={() => setFinding((f) => !f)}
            aria-expanded={finding}
          >
            {finding ? 'Cancel' : 'Change'}
          </button>
        )}
      </div>
      {account && (
        <div className="badges">
          <label className="badge badge-stage">
            <span className="visually-hidden">Stage</span>
            <select
              value={account.stage}
              onChange={(e) => props.onStageChange(e.target.value as Stage)}
              aria-label="Stage"
            >
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {labelOf(s)}
                </option>
              ))}
            </select>
          </label>
          {motion && (
            <span className="badge" title="Sales motion">
              {labelOf(motion)}
            </span>
          )}
          {account.domain && <span className="badge badge-quiet">{account.domain}</span>}
        </div>
      )}
      <p className="resolution" data-testid="resolution">
        {pinned ? (
          <>
            {/* The background's reason only while it is about this account: an older pick's
                reason can still be on its way when the rep picks again. */}
            {resolution?.method === 'manual' && resolution.accountId === account?.id
              ? resolution.reason
              : `You picked ${account?.name ?? 'this account'} for this page.`}{' '}
            <button type="button" className="link-button" onClick={props.onFollowTab}>
              Let Motive match this page
            </button>
          </>
        ) : (
          <>
            {resolution?.reason ?? 'Reading the active tab…'}
            {resolution && resolution.accountId !== null && (
              <span className="confidence"> · {Math.round(resolution.confidence * 100)}% sure</span>
            )}
          </>
        )}
      </p>
      <ReadStatusNotice context={context} />
      {showFinder && (
        <AccountFinder onPick={pick} onCreate={props.onCreate} suggestion={resolution?.suggestion} />
      )}
      <p className="tab-line">
        <span>
          Tab: <span data-testid="active-app">{context?.app ?? 'No app'}</span>
        </span>
        <SyncBadge now={now} />
      </p>
    </header>
  );
}
