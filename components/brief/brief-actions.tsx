import { CopyButton } from '@/components/ui/copy-button';

/** Copy the brief as Markdown, or download it as a .md file (a Blob link, nothing uploaded). */
export function BriefActions({
  markdown,
  fileName,
  describe,
}: {
  markdown: string;
  fileName: string;
  /** Names the document when a view offers more than one (the pack and its one-pager). */
  describe?: string;
}) {
  return (
    <div className="row">
      <CopyButton text={markdown} label="Copy as Markdown" {...(describe ? { describe } : {})} />
      <a
        className="button-link"
        href="#download"
        download={fileName}
        data-testid="brief-download"
        onClick={(event) => {
          // The Blob URL is made at click time (before the browser follows the link) and
          // released a little later, so no brief text lingers in memory.
          const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
          event.currentTarget.href = url;
          setTimeout(() => URL.revokeObjectURL(url), 30_000);
        }}
      >
        Download {fileName}
      </a>
    </div>
  );
}

/** "Acme Logistics" + "renewal brief" → "acme-logistics-renewal-brief.md". */
export function briefFileName(accountName: string, kind: string): string {
  const slug = `${accountName} ${kind}`
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'brief'}.md`;
}
