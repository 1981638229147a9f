// Automatic numbering (自动编号) as Word counts it, for the .docx and the .doc readers alike: list
// definitions (levels with a start, a number format and a label pattern such as "%1．") and list
// instances that use them; the counter gives each numbered paragraph its label in document order.
import { CHINESE_DIGITS } from '../text/chineseNumerals';

/** A list level: where it starts, its number format (as .docx names it: decimal, chineseCounting, …), its label ("%1．"). */
export interface Level {
  start: number;
  format: string;
  text: string;
}

/** A list as paragraphs name it: the definition it counts in, and the levels it restarts. */
export interface ListInstance {
  abstractId: string;
  /** Levels whose counting this instance restarts (w:lvlOverride/w:startOverride), and where. */
  startOverrides: Map<number, number>;
}

export interface ListDefinitions {
  /** Per definition: its levels. */
  levels: Map<string, Map<number, Level>>;
  /** Per list instance id. */
  lists: Map<string, ListInstance>;
}

/** Counts as Word does: per list definition, a level restarting whenever a higher level moves on. */
export class ListCounter {
  private readonly counts = new Map<string, number[]>();
  /** Per definition, the start of each level as the instance last begun set it. */
  private readonly starts = new Map<string, Map<number, number>>();
  private readonly begun = new Set<string>();

  constructor(private readonly numbering: ListDefinitions) {}

  /** The label of the next paragraph of list `numId` at level `ilvl` ('' for bullets and unknown lists). */
  next(numId: string, ilvl: number): string {
    const list = this.numbering.lists.get(numId);
    const levels = list && this.numbering.levels.get(list.abstractId);
    const level = levels?.get(ilvl);
    if (!list || !levels || !level) return '';
    let counts = this.counts.get(list.abstractId);
    if (!counts) this.counts.set(list.abstractId, (counts = []));
    let starts = this.starts.get(list.abstractId);
    if (!starts) this.starts.set(list.abstractId, (starts = new Map()));
    if (!this.begun.has(numId)) {
      // An instance restarting levels (重新编号): at its first paragraph those levels, and the ones
      // below them, start again.
      this.begun.add(numId);
      for (const [at, start] of list.startOverrides) {
        starts.set(at, start);
        counts.length = Math.min(counts.length, at);
      }
    }
    const startOf = (at: number) => starts.get(at) ?? levels.get(at)?.start ?? 1;
    // A list entered below its top level counts the levels above as begun, as Word does: after
    // "1.1" (nothing at level 1 before it) the next level-1 paragraph is "2".
    for (let above = 0; above < ilvl; above++) counts[above] ??= startOf(above);
    counts[ilvl] = (counts[ilvl] ?? startOf(ilvl) - 1) + 1;
    counts.length = ilvl + 1;
    if (level.format === 'bullet' || level.format === 'none') return '';
    return level.text.replace(/%([1-9])/g, (_, n: string) => {
      const at = Number(n) - 1;
      return formatNumber(counts[at] ?? startOf(at), levels.get(at)?.format ?? 'decimal');
    });
  }
}

const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';

/** 1–99 in Chinese counting: 一 … 十, 十一, 二十, 二十一 (in `digits`, with 十 or 拾). */
function chineseNumber(n: number, digits: string, ten: string): string {
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}${ten}${ones ? digits[ones] : ''}`;
}

function formatNumber(n: number, format: string): string {
  if (n < 1 || n > 99) return String(n);
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographDigital':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseNumber(n, CHINESE_DIGITS, '十');
    case 'chineseLegalSimplified':
      return chineseNumber(n, LEGAL_DIGITS, '拾');
    case 'ideographTraditional':
      return n <= 10 ? HEAVENLY_STEMS[n - 1]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'lowerLetter':
    case 'upperLetter': {
      const letter = String.fromCharCode(96 + ((n - 1) % 26) + 1).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      const roman = toRoman(n);
      return format === 'lowerRoman' ? roman.toLowerCase() : roman;
    }
    default:
      return String(n);
  }
}

function toRoman(n: number): string {
  const numerals: [number, string][] = [[90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, numeral] of numerals) for (; n >= value; n -= value) out += numeral;
  return out;
}
