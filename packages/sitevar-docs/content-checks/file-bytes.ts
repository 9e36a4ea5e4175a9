/**
 * What a guide file must be before it is read as MDX: text, UTF-8, of a sane size. Anything else
 * is reported at the place it goes wrong, instead of failing somewhere deep in the build.
 */

/** Larger guides are split: a page that size is unreadable, and the build keeps it whole in memory. */
export const MAX_GUIDE_BYTES = 1024 * 1024;

export interface BytesProblem {
  readonly line: number;
  readonly column?: number;
  readonly message: string;
}

/** Line and column (from 1) of a byte offset, counting characters on the line as UTF-8 decodes them. */
function placeOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}

/** The offset of the first byte that is not valid UTF-8, or -1. */
function firstInvalidByte(bytes: Uint8Array): number {
  const decodes = (length: number, stream: boolean) => {
    try {
      // A decoder per attempt: a streaming one keeps what it saw.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream });
      return true;
    } catch {
      return false;
    }
  };
  if (decodes(bytes.length, false)) return -1;
  // Narrow it down: the longest prefix that still decodes ends where the bad byte is.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (decodes(middle, true)) low = middle;
    else high = middle - 1;
  }
  // A file that only ends in the middle of a character: the bad byte is where that one starts.
  return low === bytes.length ? Math.max(0, bytes.length - 1) : low;
}

/** The guide's text, or why the file cannot be one. */
export function decodeGuide(bytes: Uint8Array): { text: string } | { problem: BytesProblem } {
  if (bytes.length > MAX_GUIDE_BYTES) {
    const size = (bytes.length / (1024 * 1024)).toFixed(1);
    return { problem: { line: 1, message: `This guide is ${size} MB; a guide is at most 1 MB. Split it into several guides.` } };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      problem: { ...placeOf(bytes, nul), message: 'This is a binary file, not a guide (it holds a NUL byte): keep only MDX text under the guides folder.' },
    };
  }
  let invalid = firstInvalidByte(bytes);
  // Where a character was cut short (Latin-1's é, then a space), the fault is where it started.
  if (invalid > 0 && bytes[invalid]! < 0x80) {
    let start = invalid - 1;
    while (start > 0 && bytes[start]! >= 0x80 && bytes[start]! < 0xc0) start--;
    if (bytes[start]! >= 0xc0) invalid = start;
  }
  if (invalid !== -1) {
    const byte = bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0');
    return { problem: { ...placeOf(bytes, invalid), message: `This file is not valid UTF-8 (byte 0x${byte}): save it as UTF-8.` } };
  }
  // A byte order mark is valid UTF-8, but no part of the guide.
  return { text: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '') };
}
