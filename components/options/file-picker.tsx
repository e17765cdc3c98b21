import { useId, useRef, useState, type ChangeEvent } from 'react';

interface FilePickerProps {
  label: string;
  /** Read-only hint under the input, e.g. which kind of file is expected. */
  hint: string;
  onText: (text: string, fileName: string) => Promise<void> | void;
  disabled?: boolean;
}

/**
 * A native file input (keyboard and screen-reader friendly as is) that hands over the chosen
 * file's text. The input is cleared afterwards so choosing the same file again works.
 */
export function FilePicker({ label, hint, onText, disabled }: FilePickerProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setReading(true);
    try {
      await onText(await file.text(), file.name);
    } finally {
      setReading(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <div className="field file-field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={input}
        id={id}
        type="file"
        accept="application/json,.json"
        onChange={(e) => void onChange(e)}
        disabled={disabled || reading}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
    </div>
  );
}
