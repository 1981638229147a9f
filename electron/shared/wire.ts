// JSON with binary: Uint8Array values travel as {"$bytes": base64}. Used by the HTTP bridge only;
// IPC carries Uint8Array natively.

const BYTES_KEY = '$bytes';

// A replacer or reviver function makes JSON several times slower, and most messages (a whole plan's
// ledger among them) carry no binary: both directions take the plain path when there is none.

export function toWire(value: unknown): string {
  if (!containsBytes(value)) return JSON.stringify(value);
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { [BYTES_KEY]: bytesToBase64(v) } : v));
}

function containsBytes(value: unknown): boolean {
  if (value instanceof Uint8Array) return true;
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(containsBytes);
  for (const key in value) if (containsBytes((value as Record<string, unknown>)[key])) return true;
  return false;
}

export function fromWire<T>(text: string): T {
  // The key is always written as "$bytes"; inside a JSON string its quotes would be escaped.
  if (!text.includes(`"${BYTES_KEY}"`)) return JSON.parse(text) as T;
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const b64 = (v as Record<string, unknown>)[BYTES_KEY];
      if (typeof b64 === 'string' && Object.keys(v).length === 1) return base64ToBytes(b64);
    }
    return v;
  }) as T;
}

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(b64: string): Uint8Array {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
