// The fingerprint an original file is stored and recognised by (imports.sha256).
import { createHash } from 'node:crypto';

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
