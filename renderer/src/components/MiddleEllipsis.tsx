// A long name cut short in the middle, its end kept in view: what tells two files apart is often
// there (a zip's members share the zip's name; copies differ in “（修改稿）.xlsx”). The whole name on hover.
import type { ReactNode } from 'react';
import { endStart } from './middleEllipsisText';

/** How many characters from where a name differs stay in view: “三季度” of “…2023年三季度报送…”. */
const DIFFERING_RUN = 3;

/**
 * A part this short stays whole: cut, it would show little more than its “…”, and the least width a
 * part giving way keeps (1.5em) would leave a blank after a single character (“省 财政厅…”).
 */
const SHORTEST_TO_CUT = 3;

/**
 * `text` on one line, cut short in the middle when it must be. Its end stays in view, and so does the
 * run of characters from `differsAt` (see differingCharacters): the text around them gives way.
 */
export function MiddleEllipsis({ text, before, differsAt }: { text: string; before?: ReactNode; differsAt?: number }) {
  const end = endStart(text);
  const keptFrom = differsAt !== undefined && differsAt < end ? differsAt : end;
  const keptTo = Math.min(end, keptFrom + DIFFERING_RUN);
  const givingWay = (part: string) =>
    part && <span className={part.length < SHORTEST_TO_CUT ? undefined : 'middle-ellipsis-start'}>{part}</span>;
  return (
    <span className="middle-ellipsis" title={text}>
      {before}
      {givingWay(text.slice(0, keptFrom))}
      {keptTo > keptFrom && <span>{text.slice(keptFrom, keptTo)}</span>}
      {givingWay(text.slice(keptTo, end))}
      <span className="middle-ellipsis-end">{text.slice(end)}</span>
    </span>
  );
}
