/** A DataView over exactly the bytes of the array (not the whole buffer it may share). */
export const dataView = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
