// Finding the unit a returned form belongs to: a name as written goes through the unit directory
// (core/units/resolve: names, aliases, "山西省…" = "省…"); a title or file name is searched for the
// name or alias of one of the plan's reporting units.
import type { Db } from '../../../db/db';
import { listUnits } from '../../../db/repos/units';
import { unitKey } from '../../units/names';
import { UnitDirectory } from '../../units/resolve';
import type { Ledger } from '../ledger';

export interface FoundUnit {
  unitId: number;
  unit: string;
}

export class UnitFinder {
  private readonly directory: UnitDirectory;
  private readonly names = new Map<number, string>();
  /** Names, aliases and their keys for the plan's reporting units, longest first. */
  private readonly mentionable: { text: string; unit: FoundUnit }[] = [];

  constructor(db: Db, ledger: Ledger) {
    this.directory = new UnitDirectory(db);
    for (const u of listUnits(db)) {
      this.names.set(u.id, u.name);
      if (!ledger.units.has(u.id)) continue;
      const unit = { unitId: u.id, unit: u.name };
      for (const name of [u.name, ...u.aliases]) {
        this.mentionable.push({ text: name, unit });
        const key = unitKey(name);
        if (key && key !== name) this.mentionable.push({ text: key, unit });
      }
    }
    this.mentionable.sort((a, b) => b.text.length - a.text.length);
  }

  byId(unitId: number): FoundUnit | null {
    const name = this.names.get(unitId);
    return name === undefined ? null : { unitId, unit: name };
  }

  /** The unit a name or alias means, or null. */
  resolve(name: string): FoundUnit | null {
    const unit = this.directory.find(name);
    return unit ? { unitId: unit.id, unit: unit.name } : this.withoutLevel(name);
  }

  /**
   * “知识产权局” for the plan's one “省知识产权局”, “司法局” for a city plan's one “市司法局”: a bureau
   * writing its own name often leaves out the 省 or 市.
   */
  private withoutLevel(name: string): FoundUnit | null {
    const key = unitKey(name);
    if (!key) return null;
    const named = new Set([`省${key}`, `市${key}`]);
    const units = new Map(this.mentionable.filter((m) => named.has(m.text)).map((m) => [m.unit.unitId, m.unit]));
    return units.size === 1 ? [...units.values()][0]! : null;
  }

  /** A reporting unit of the plan named inside the text (the longest name found), or null. */
  findIn(text: string): FoundUnit | null {
    const found = mentionsIn(text);
    return this.mentionable.find((m) => found(m.text))?.unit ?? null;
  }

  /**
   * The plan's reporting units the text names, in the order written (“银保监局、人行太原中心支行（联合
   * 报送）”); a name inside a longer one found (“财政厅” in “省财政厅”) is not counted again.
   */
  allIn(text: string): FoundUnit[] {
    const found: { at: number; unit: FoundUnit }[] = [];
    for (const form of new Set([text.normalize('NFKC').replace(/\s+/g, ''), unitKey(text.normalize('NFKC').replace(/\s+/g, ''))])) {
      let rest = form;
      for (const m of this.mentionable) {
        const at = rest.indexOf(m.text);
        if (at < 0) continue;
        if (!found.some((f) => f.unit.unitId === m.unit.unitId)) found.push({ at, unit: m.unit });
        rest = rest.split(m.text).join('\u0000'.repeat(m.text.length));
      }
    }
    return found.sort((a, b) => a.at - b.at).map((f) => f.unit);
  }

  /** Whether the text names the unit (by name or alias) anywhere: a line may name several. */
  mentions(text: string, unitId: number): boolean {
    const found = mentionsIn(text);
    return this.mentionable.some((m) => m.unit.unitId === unitId && found(m.text));
  }
}

/** Whether a name occurs in the text, as written or keyed (see unitKey). */
function mentionsIn(text: string): (name: string) => boolean {
  const plain = text.normalize('NFKC').replace(/\s+/g, '');
  const keyed = unitKey(plain);
  return (name) => plain.includes(name) || keyed.includes(name);
}
