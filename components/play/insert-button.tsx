import { useInsertSnippet } from '@/components/kernel/background-queries';

/** Inserts text into the open email compose box; shows what happened, or why it could not. */
export function InsertButton({ text, title }: { text: string; title: string }) {
  const insert = useInsertSnippet();
  const result = insert.data;
  const message = insert.isPending
    ? 'Inserting…'
    : insert.error
      ? `Could not insert: ${insert.error.message}`
      : result
        ? result.inserted
          ? /\[[^\]]+\]/.test(text)
            ? 'Inserted into the reply: fill in the [bracketed] parts before you send it.'
            : 'Inserted into the reply.'
          : `Not inserted: ${result.reason ?? 'no reason given'}`
        : '';
  return (
    <>
      <button
        type="button"
        onClick={() => insert.mutate(text)}
        disabled={insert.isPending}
        aria-label={`Insert into email: ${title}`}
      >
        Insert into email
      </button>
      <span role="status" className="small" data-testid="insert-result">
        {message}
      </span>
    </>
  );
}
