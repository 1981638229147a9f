// An edit form saves every field it shows, yet the official changed only some of them, and the
// record may have been changed since the form was opened: by another window on the same database,
// a colleague's command line, a revised plan imported meanwhile. A form that says what it showed
// lets the save keep those changes: a field the official left as shown is not written, and a field
// both changed is refused rather than silently put back.
import { AppError, type StaleEditDetails } from '../shared/result';

export type Fields = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields of `edit` to write, given what is `stored` now and what the form `shown` had: those
 * the official changed. Throws CONFLICT, naming the fields (by `labels`), when one of them was
 * changed meanwhile to something else. Without `shown` (the command line), every edited field.
 */
export function fieldsToWrite<F extends Fields>(
  what: string,
  stored: F,
  edit: Partial<F>,
  shown: Partial<F> | undefined,
  labels: Record<keyof F, string>,
): Partial<F> {
  if (!shown) return edit;
  const write: Partial<F> = {};
  const stale: string[] = [];
  for (const key of Object.keys(edit) as (keyof F)[]) {
    const value = edit[key];
    if (value === undefined) continue;
    if (key in shown && same(value, shown[key])) continue; // left as shown
    if (key in shown && !same(stored[key], shown[key]) && !same(stored[key], value)) stale.push(labels[key]);
    write[key] = value;
  }
  if (stale.length) {
    throw new AppError(
      'CONFLICT',
      `${what}的${stale.join('、')}在打开修改框之后已被另一个窗口或程序改动，为免覆盖那次修改，这次没有保存。` +
        '请关闭修改框，看过现在的内容后重新修改。',
      { stale } satisfies StaleEditDetails,
    );
  }
  return write;
}
