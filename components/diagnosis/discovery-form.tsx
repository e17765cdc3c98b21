import { useState } from 'react';
import { useSuggestEvidenceFromText } from '@/components/kernel/background-queries';
import { usePanelData } from '@/components/kernel/panel-data';
import { useWriteGuard } from '@/components/kernel/write-guard';
import type { AccountRow } from '@/lib/db/schema';
import { DISCOVERY_QUESTIONS, discoveryProgress } from '@/lib/domain/movement/discovery-questions';
import { usePanelWrite } from '@/components/kernel/panel-writes';

/**
 * The discovery questions with the customer's answers, saved when a field loses focus. Each
 * saved answer is then read for buyer motivations (origin `discovery:<questionId>`), so its
 * quotes appear among the suggested evidence.
 */
export function DiscoveryForm({ account }: { account: AccountRow }) {
  const { repos } = usePanelData();
  const suggest = useSuggestEvidenceFromText();
  const guard = useWriteGuard();
  const write = usePanelWrite();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const progress = discoveryProgress(account.discovery);
  const save = (id: string) => {
    const value = drafts[id];
    if (value === undefined || value === (account.discovery[id] ?? '')) return;
    // Like a note: the answer goes to the account of the tab in front; when the panel shows
    // another, the rep chooses first (write-guard.tsx) and the field keeps the text meanwhile.
    // A failed save is shown by the panel's write road, with the typed text kept.
    void guard(
      'discovery answer',
      async (target) => {
        const saved = await write('the discovery answer', () =>
          repos.accounts.update(target, (current) => {
            const discovery = { ...current.discovery, [id]: value };
            if (!value.trim()) delete discovery[id];
            return { discovery };
          }),
        );
        if (!saved) return;
        suggest.mutate({
          accountId: target,
          source: 'answer',
          text: value.trim(),
          origin: `discovery:${id}`,
        });
        // Written elsewhere: this account's field shows its own answer again.
        if (target !== account.id)
          setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([key]) => key !== id)));
      },
      account.id,
    );
  };
  return (
    <section aria-label="Discovery questions" className="discovery">
      <h4>
        Discovery{' '}
        <span className="muted small">
          {progress.answered} of {progress.total} answered
        </span>
      </h4>
      {DISCOVERY_QUESTIONS.map((q) => (
        <div key={q.id} className={`question${progress.next?.id === q.id ? ' is-next' : ''}`}>
          <label htmlFor={`dq-${q.id}`}>{q.prompt}</label>
          <textarea
            id={`dq-${q.id}`}
            rows={2}
            value={drafts[q.id] ?? account.discovery[q.id] ?? ''}
            placeholder={q.hint}
            onChange={(e) => setDrafts((d) => ({ ...d, [q.id]: e.target.value }))}
            onBlur={() => save(q.id)}
          />
        </div>
      ))}
    </section>
  );
}
