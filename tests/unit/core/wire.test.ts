import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, fromWire, toWire } from '../../../electron/shared/wire';

describe('wire encoding', () => {
  it('round-trips nested binary values inside JSON', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    const value = { files: [{ name: '省财政厅.xlsx', bytes }], dryRun: true };
    const back = fromWire<typeof value>(toWire(value));
    expect(back.files[0]!.name).toBe('省财政厅.xlsx');
    expect(back.files[0]!.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(back.files[0]!.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(back.dryRun).toBe(true);
  });

  it('matches Node base64', () => {
    const bytes = new Uint8Array([0, 255, 1, 2, 3, 250]);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect([...base64ToBytes(Buffer.from(bytes).toString('base64'))]).toEqual([...bytes]);
  });

  it('sends messages without binary as plain JSON, whatever their strings say', () => {
    const value = { plan: { tasks: [{ content: '见 {"$bytes":"AA=="} 与 $bytes', units: ['省财政厅'] }] }, when: null };
    expect(toWire(value)).toBe(JSON.stringify(value));
    expect(fromWire(toWire(value))).toEqual(value);
  });

  it('finds binary however deep it sits', () => {
    const value = { a: [{ b: { c: [1, new Uint8Array([7, 8])] } }] };
    const back = fromWire<typeof value>(toWire(value));
    expect([...(back.a[0]!.b.c[1] as Uint8Array)]).toEqual([7, 8]);
  });

  it('leaves ordinary objects with a $bytes key among others alone', () => {
    expect(fromWire('{"$bytes":"AA==","other":1}')).toEqual({ $bytes: 'AA==', other: 1 });
  });
});
