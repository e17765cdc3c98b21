import { useState } from 'react';

/** Copies `text` to the clipboard and says so (or why not) in a live region. */
export function CopyButton({
  text,
  label = 'Copy',
  describe,
}: {
  text: string;
  label?: string;
  describe?: string;
}) {
  const [status, setStatus] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied.');
    } catch {
      setStatus('Copy failed: the clipboard is not available here.');
    }
  }
  return (
    <>
      <button
        type="button"
        className="secondary"
        onClick={() => void copy()}
        aria-label={describe ? `${label}: ${describe}` : label}
      >
        {label}
      </button>
      <span role="status" className="small muted">
        {status}
      </span>
    </>
  );
}
