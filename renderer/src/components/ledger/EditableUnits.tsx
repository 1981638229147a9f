import { Fragment, useState } from 'react';
import { joinUnits } from './labels';
import { UnitNamesInput } from './UnitNamesInput';

interface Props {
  value: string[];
  onCommit(next: string[]): void;
  options: readonly string[];
  trigger: 'click' | 'doubleClick';
  /** A unit to mark, e.g. the one the ledger is filtered by. */
  highlight?: string | null;
  'aria-label'?: string;
}

const sameNames = (a: string[], b: string[]) => a.length === b.length && a.every((n, i) => n === b[i]);

/** A cell listing unit names that becomes a tag input; leaving it saves. */
export function EditableUnits({ value, onCommit, options, trigger, highlight, ...rest }: Props) {
  const [draft, setDraft] = useState<string[] | null>(null);
  if (draft !== null) {
    return (
      <UnitNamesInput
        aria-label={rest['aria-label']}
        value={draft}
        onChange={setDraft}
        options={options}
        autoFocus
        defaultOpen
        onBlur={() => {
          if (!sameNames(draft, value)) onCommit(draft);
          setDraft(null);
        }}
      />
    );
  }
  const start = () => setDraft(value);
  return (
    <div
      className="editable-cell"
      role="button"
      tabIndex={0}
      aria-label={rest['aria-label']}
      onClick={trigger === 'click' ? start : undefined}
      onDoubleClick={trigger === 'doubleClick' ? start : undefined}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === 'F2') && start()}
    >
      <div className="clamp-4">
        {highlight && value.includes(highlight)
          ? value.map((name, i) => (
              <Fragment key={name}>
                {i > 0 && '、'}
                {name === highlight ? <mark>{name}</mark> : name}
              </Fragment>
            ))
          : joinUnits(value)}
      </div>
    </div>
  );
}
