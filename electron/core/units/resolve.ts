// Finding the unit a name means: its exact name or alias first, then the built-in equivalences
// (province prefix, 监管 = 监督管理 …, see unitKey). Every importer resolves unit names through here.
import type { Db } from '../../db/db';
import { insertAlias, insertUnit, listUnits } from '../../db/repos/units';
import { AppError } from '../../shared/result';
import type { Unit } from '../../shared/types';
import { bracketedSecondName, cleanUnitName, isNationalUnit, unitKey } from './names';

/** The unit a single name (or alias) means, or null. For many names use a UnitDirectory. */
export function resolveUnit(db: Db, name: string): Unit | null {
  return new UnitDirectory(db).find(name);
}

/**
 * The unit directory loaded once for a batch of lookups (an import), kept current as units are
 * created. Build it inside the transaction that uses it.
 */
export class UnitDirectory {
  private readonly byName = new Map<string, number>();
  private readonly byKey = new Map<string, number>();
  private readonly units = new Map<number, Unit>();
  /** Units this directory created, for the audit entry of the change that needed them. */
  readonly created: string[] = [];

  constructor(private readonly db: Db) {
    for (const unit of listUnits(db)) this.remember(unit);
  }

  private remember(unit: Unit): void {
    this.units.set(unit.id, unit);
    for (const name of [unit.name, ...unit.aliases]) this.rememberName(name, unit.id);
  }

  private rememberName(name: string, unitId: number): void {
    this.byName.set(name, unitId);
    for (const spelling of [name, bracketedSecondName(name)]) {
      const key = spelling && unitKey(spelling);
      if (key && !this.byKey.has(key)) this.byKey.set(key, unitId);
    }
  }

  /**
   * The unit `name` means, or null when the directory has none. "县发改局（县营商办）" and "县营商办" are
   * one office, whichever the directory met first.
   */
  find(name: string): Unit | null {
    const clean = cleanUnitName(name);
    if (!clean) return null;
    const second = bracketedSecondName(clean);
    const id = this.byName.get(clean) ?? this.byKey.get(unitKey(clean)) ?? (second === null ? undefined : this.byKey.get(unitKey(second)));
    return id === undefined ? null : (this.units.get(id) ?? null);
  }

  /**
   * The unit `name` means, created when new. A new spelling of a known unit ("山西省知识产权局" for
   * "省知识产权局") is recorded as an alias, so the directory shows what each unit has been called.
   */
  ensure(name: string, now: string, national = false): { unit: Unit; created: boolean } {
    const clean = cleanUnitName(name);
    if (!clean) throw new AppError('INVALID_INPUT', `单位名称“${name}”为空`);
    const found = this.find(clean);
    if (found) {
      if (found.name !== clean && !found.aliases.includes(clean)) {
        insertAlias(this.db, clean, found.id);
        found.aliases.push(clean);
        this.rememberName(clean, found.id);
      }
      return { unit: found, created: false };
    }
    const level = national || isNationalUnit(clean) ? 'national' : 'province';
    const unit: Unit = { id: insertUnit(this.db, clean, level, now), name: clean, level, aliases: [] };
    this.remember(unit);
    this.created.push(clean);
    return { unit, created: true };
  }
}
