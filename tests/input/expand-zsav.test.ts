import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SatisfyError } from '../../src/errors.js';
import { expandZsav } from '../../src/input/expand-zsav.js';

const DIR = 'fixtures/formats';
// The header's creation date and time (bytes 92 to 108), which differ between two files haven wrote.
const CREATED = [92, 109] as const;

/** `bytes` in chunks of `size` bytes, as a file or standard input gives them. */
async function* chunked(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function expand(zsav: Buffer, chunkSize = 1 << 20): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const bytes of expandZsav(chunked(zsav, chunkSize), 'survey.zsav')) out.push(bytes);
  return Buffer.concat(out);
}

async function failure(zsav: Buffer): Promise<SatisfyError> {
  const error: unknown = await expand(zsav).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SatisfyError);
  expect((error as SatisfyError).code).toBe('FILE_UNREADABLE');
  expect((error as SatisfyError).file).toBe('survey.zsav');
  return error as SatisfyError;
}

function withoutCreation(sav: Buffer): Buffer {
  return Buffer.concat([sav.subarray(0, CREATED[0]), sav.subarray(CREATED[1])]);
}

/** Where two files first differ (-1 where they do not): a quicker and shorter answer than a deep comparison of the bytes. */
function firstDifference(a: Buffer, b: Buffer): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i;
  return -1;
}

/**
 * A .zsav made by hand, in either byte order, with a record of every type the dictionary may hold
 * (a variable with a label and a missing-value range, a string variable with a missing value,
 * value labels and their variables, documents, an extension record) and `cases` as its blocks of
 * bytecode; and the .sav it stands for.
 */
function handmade(littleEndian: boolean, cases: Buffer[]): { zsav: Buffer; sav: Buffer; blocksAt: number; trailerAt: number } {
  const int32 = (...values: number[]) => Buffer.concat(values.map((v) => bytes(4, (b) => (littleEndian ? b.writeInt32LE(v) : b.writeInt32BE(v)))));
  const int64 = (...values: number[]) => Buffer.concat(values.map((v) => bytes(8, (b) => (littleEndian ? b.writeBigInt64LE(BigInt(v)) : b.writeBigInt64BE(BigInt(v))))));
  const flt64 = (...values: number[]) => Buffer.concat(values.map((v) => bytes(8, (b) => (littleEndian ? b.writeDoubleLE(v) : b.writeDoubleBE(v)))));
  const text = (s: string, length: number) => Buffer.from(s.padEnd(length, ' '), 'latin1');
  const header = (magic: string, compression: number) =>
    Buffer.concat([text(magic, 4), text('@(#) SPSS DATA FILE handmade', 60), int32(2, 2, compression, 0, 2), flt64(100), text('01 Jan 26', 9), text('10:00:00', 8), text('', 64), Buffer.alloc(3)]);
  const dictionary = Buffer.concat([
    int32(2, 0, 1, -2, 0x050800, 0x050800), text('Q1', 8), int32(5), text('Hello', 8), flt64(97, 99),
    int32(2, 8, 0, 1, 0x010800, 0x010800), text('NAME', 8), text('n/a', 8),
    int32(3, 2), flt64(1), Buffer.from([3]), text('One', 7), flt64(2), Buffer.from([8]), text('Very bad', 15),
    int32(4, 1, 1),
    int32(6, 1), text('A document line.', 80),
    int32(7, 20, 1, 5), text('UTF-8', 5),
    int32(999, 0),
  ]);
  const blocksAt = 176 + dictionary.length;
  const compressed = cases.map((c) => deflateSync(c));
  const trailerAt = blocksAt + 24 + compressed.reduce((sum, c) => sum + c.length, 0);
  let uncompressedAt = blocksAt;
  let compressedAt = blocksAt + 24;
  const descriptors = cases.map((c, i) => {
    const descriptor = Buffer.concat([int64(uncompressedAt, compressedAt), int32(c.length, (compressed[i] as Buffer).length)]);
    uncompressedAt += c.length;
    compressedAt += (compressed[i] as Buffer).length;
    return descriptor;
  });
  const trailer = Buffer.concat([int64(-100, 0), int32(0x3ff000, cases.length), ...descriptors]);
  return {
    zsav: Buffer.concat([header('$FL3', 2), dictionary, int64(blocksAt, trailerAt, trailer.length), ...compressed, trailer]),
    sav: Buffer.concat([header('$FL2', 1), dictionary, ...cases]),
    blocksAt,
    trailerAt,
  };
}

function bytes(length: number, write: (b: Buffer) => unknown): Buffer {
  const b = Buffer.alloc(length);
  write(b);
  return b;
}

// Two cases of bytecode (Q1 = 1, NAME = "Ann"; Q1 system-missing, NAME blank), the second block starting inside the first case.
const CASES = [Buffer.from([101, 253, 102, 255, 254, 0, 0, 0]), Buffer.from('Ann     ', 'latin1'), Buffer.alloc(8, 0)];

describe('expandZsav', () => {
  it.each([
    ['labelled-survey.zsav', 'labelled-survey.sav'],
    ['no-opinion-midpoint.zsav', 'no-opinion-midpoint.sav'],
    ['labelled-2000-rows.zsav', 'labelled-2000-rows.sav'],
    ['labelled-2000-rows-in-small-blocks.zsav', 'labelled-2000-rows.sav'],
  ])('expands %s to %s, which haven wrote from the same data, byte for byte (but the time it was written)', async (zsav, sav) => {
    const expected = withoutCreation(readFileSync(`${DIR}/${sav}`));
    expect(firstDifference(withoutCreation(await expand(readFileSync(`${DIR}/${zsav}`))), expected)).toBe(-1);
    // Read in small chunks, as standard input may give it: fields and blocks split between two.
    expect(firstDifference(withoutCreation(await expand(readFileSync(`${DIR}/${zsav}`), 1000)), expected)).toBe(-1);
  });

  it.each([
    ['little-endian', true],
    ['big-endian', false],
  ])('walks every kind of dictionary record of a %s file, and joins its blocks', async (_name, littleEndian) => {
    const { zsav, sav } = handmade(littleEndian, CASES);
    expect(await expand(zsav)).toEqual(sav);
    expect(await expand(zsav, 7)).toEqual(sav);
  });

  it('expands a file of no cases (no blocks)', async () => {
    const { zsav, sav } = handmade(true, []);
    expect(await expand(zsav)).toEqual(sav);
  });

  const { zsav, blocksAt, trailerAt } = handmade(true, CASES);
  const patched = (at: number, value: Buffer) => Buffer.concat([zsav.subarray(0, at), value, zsav.subarray(at + value.length)]);
  const int32 = (v: number) => bytes(4, (b) => b.writeInt32LE(v));
  const int64 = (v: number) => bytes(8, (b) => b.writeBigInt64LE(BigInt(v)));
  const secondBlockAt = blocksAt + 24 + deflateSync(CASES[0] as Buffer).length;
  it.each([
    ['in its header', zsav.subarray(0, 100), 'the SPSS file (.zsav) ends inside its header: it is truncated'],
    ['in its dictionary', zsav.subarray(0, 300), 'the SPSS file (.zsav) ends inside its dictionary: it is truncated'],
    ['in its zlib data header', zsav.subarray(0, blocksAt + 10), 'the SPSS file (.zsav) ends inside its zlib data header: it is truncated'],
    ['in a block', zsav.subarray(0, secondBlockAt + 5), 'the SPSS file (.zsav) ends inside block 2 of 3 of its compressed cases: it is truncated'],
    ['in its trailer', zsav.subarray(0, zsav.length - 10), 'the SPSS file (.zsav) ends inside the trailer of its compressed cases: it is truncated'],
    ['cut by the fixture script', readFileSync(`${DIR}/labelled-2000-rows-truncated.zsav`), 'the SPSS file (.zsav) ends inside block 3 of 5 of its compressed cases: it is truncated'],
  ])('stops at a file cut %s', async (_name, file, message) => {
    expect((await failure(file)).message).toBe(message);
  });

  it.each([
    ['a .sav', patched(0, Buffer.from('$FL2')), 'it does not start with $FL3'],
    ['a compression other than zlib', patched(72, int32(1)), 'its header says compression 1, not 2 (zlib)'],
    ['a layout code that is no byte order', patched(64, int32(7)), "its header's layout code is 7, not 2 or 3"],
    ['a record of no known type', patched(176, int32(5)), 'its dictionary has a record of unknown type 5, at byte 176'],
    ['a variable with four missing values', patched(188, int32(4)), 'its dictionary has a variable record that does not hold together, at byte 176'],
    ['a zlib data header out of place', patched(blocksAt, int64(blocksAt + 8)), `its zlib data header says it is at byte ${blocksAt + 8}, where it is at byte ${blocksAt}`],
    ['a trailer of a length no blocks have', patched(blocksAt + 16, int64(50)), `its zlib data header says the trailer is 50 bytes at byte ${trailerAt}`],
    ['a damaged block', patched(blocksAt + 26, Buffer.from([0xff, 0xff, 0xff])), 'block 1 of 3 of its compressed cases '],
    ['a trailer that lists one block less', patched(blocksAt + 16, int64(24 + 2 * 24)), 'it has more compressed blocks than the 2 its trailer lists'],
    ['a trailer whose count is wrong', patched(trailerAt + 20, int32(4)), 'the trailer of its compressed cases lists 4 blocks in 96 bytes, and 3 were found'],
    ['a trailer that lists a wrong size', patched(trailerAt + 24 + 24 + 16, int32(9)), "the trailer of its compressed cases lists block 2 of 3 with inflated size 9, where the block's is 8"],
    ['a trailer that lists a wrong offset', patched(trailerAt + 24 + 8, int64(7)), `the trailer of its compressed cases lists block 1 of 3 with offset 7, where the block's is ${blocksAt + 24}`],
  ])('stops at %s', async (_name, file, message) => {
    expect((await failure(file)).message).toContain(`the SPSS file (.zsav) is damaged: ${message}`);
  });
});
