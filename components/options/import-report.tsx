/** The outcome of an import: a success line, or the full list of problems (nothing was changed). */
export type ImportOutcome =
  | { kind: 'done'; text: string }
  | { kind: 'failed'; fileName: string; problems: string[]; more?: boolean }
  | { kind: 'error'; text: string };

export function ImportReport({ outcome, testId }: { outcome: ImportOutcome | null; testId: string }) {
  if (!outcome) return <div aria-live="polite" data-testid={testId} />;
  if (outcome.kind === 'done') {
    return (
      <div aria-live="polite" data-testid={testId}>
        <p className="message ok">{outcome.text}</p>
      </div>
    );
  }
  if (outcome.kind === 'error') {
    return (
      <div role="alert" data-testid={testId}>
        <p className="message error">{outcome.text}</p>
      </div>
    );
  }
  const count =
    outcome.problems.length === 1
      ? '1 problem'
      : `${outcome.problems.length}${outcome.more ? '+' : ''} problems`;
  return (
    <div role="alert" data-testid={testId} className="import-problems">
      <p className="message error">
        {outcome.fileName} was not imported ({count}); nothing was changed.
      </p>
      <ul>
        {outcome.problems.map((problem, index) => (
          <li key={index}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
