import { Input } from 'antd';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  value: string;
  onCommit(next: string): void;
  /** Multi-line text: Ctrl+Enter saves, Enter starts a new line. */
  multiline?: boolean;
  /** The ledger edits on double-click (single clicks select rows); the import preview on click. */
  trigger: 'click' | 'doubleClick';
  /** What to show when not editing; defaults to the value. */
  display?: ReactNode;
  title?: string;
  'aria-label'?: string;
}

/** A table cell that turns into an input; blur or Enter saves, Esc cancels. */
export function EditableText({ value, onCommit, multiline, trigger, display, title, ...rest }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const cancelled = useRef(false);

  const start = () => {
    cancelled.current = false;
    setDraft(value);
  };
  const finish = () => {
    if (draft !== null && !cancelled.current && draft.trim() !== value) onCommit(draft.trim());
    setDraft(null);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      cancelled.current = true;
      setDraft(null);
    } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      finish();
    }
  };

  if (draft !== null) {
    const common = { autoFocus: true, value: draft, onBlur: finish, onKeyDown, 'aria-label': rest['aria-label'] };
    return multiline ? (
      <Input.TextArea {...common} autoSize={{ minRows: 2, maxRows: 12 }} onChange={(e) => setDraft(e.target.value)} />
    ) : (
      <Input {...common} onChange={(e) => setDraft(e.target.value)} />
    );
  }
  return (
    <div
      className="editable-cell"
      role="button"
      tabIndex={0}
      title={title}
      aria-label={rest['aria-label']}
      onClick={trigger === 'click' ? start : undefined}
      onDoubleClick={trigger === 'doubleClick' ? start : undefined}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === 'F2') && start()}
    >
      {display ?? value}
    </div>
  );
}
