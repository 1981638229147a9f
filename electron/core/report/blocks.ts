// Reads the (possibly hand-edited) 通报 text into paragraphs for the renderers: a line opening with
// 一、 is a heading (黑体), a line opening with （一） starts with a sub-heading phrase (楷体) up to its
// first 。, anything else is body text. Styling follows the words, so edits keep the layout.
import type { Narrative } from '../../shared/api/reports';

export type Block =
  | { kind: 'heading'; text: string }
  /** `lead`: the sub-heading phrase in 楷体 (empty for a plain paragraph). */
  | { kind: 'body'; lead: string; text: string };

const HEADING = /^[一二三四五六七八九十]+、/;
const SUBHEADING = /^[（(][一二三四五六七八九十]+[）)]/;
/** A heading is a short line without a full stop inside. */
const HEADING_MAX = 40;
/** A sub-heading phrase longer than this is not one: the whole paragraph stays body text. */
const SUBHEADING_MAX = 60;

export function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (HEADING.test(line) && line.length <= HEADING_MAX && !/。./.test(line)) {
      blocks.push({ kind: 'heading', text: line });
    } else if (SUBHEADING.test(line)) {
      const stop = line.indexOf('。');
      const end = stop >= 0 && stop < SUBHEADING_MAX ? stop + 1 : line.length <= SUBHEADING_MAX ? line.length : 0;
      blocks.push({ kind: 'body', lead: line.slice(0, end), text: line.slice(end) });
    } else {
      blocks.push({ kind: 'body', lead: '', text: line });
    }
  }
  return blocks;
}

/** The body of the 通报 (everything below the title), in reading order. */
export function narrativeBlocks(n: Narrative): Block[] {
  return [n.overview, n.sections, n.problems, n.nextSteps].flatMap(toBlocks);
}

/** The title's lines (the official may break it where it reads best). */
export function titleLines(title: string): string[] {
  return title
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The 主送机关 line, when given. */
export const addresseeLines = (n: Narrative): string[] => [n.addressee.trim()].filter(Boolean);

/** The 落款's lines: the issuing body and the 成文日期, each when given. */
export const signatureLines = (n: Narrative): string[] => [n.issuer, n.date].map((line) => line.trim()).filter(Boolean);
