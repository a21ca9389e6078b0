import { createRequire } from 'node:module';
import { SatisfyError } from '../errors.js';

// The file header record: 176 bytes, the magic first, layout_code at 64, compression at 72.
const HEADER_BYTES = 176;
const LAYOUT_CODE_AT = 64;
const COMPRESSION_AT = 72;
// The zlib data header (zheader_ofs, ztrailer_ofs, ztrailer_len), the trailer's fixed part (bias,
// zero, block_size, n_blocks) and each of its block descriptors: 24 bytes each.
const ZHEADER_BYTES = 24;
const ZTRAILER_ENTRY_BYTES = 24;
// SPSS, PSPP and ReadStat write blocks of 0x3ff000 bytes (4 MiB less 4 KiB) of bytecode: a block
// that inflates to more than 16 times that, or whose compressed form is longer, is taken for
// damage, so that memory stays bounded whatever the file holds.
const MAX_BLOCK_BYTES = 64 << 20;
// Compressed bytes first given to zlib for a block, doubled until the block's end is among them.
const FIRST_TRY_BYTES = 256 << 10;

const HINT = 'is the file complete? save it again from SPSS, PSPP or R';

/**
 * The bytes of an SPSS data file whose cases are compressed with zlib (a .zsav, `$FL3`), as the
 * same file with bytecode-compressed cases (a .sav, `$FL2`, compression 1), which sav-reader
 * reads. A .zsav is a .sav whose cases, after the dictionary (the records of types 2, 3, 4, 6
 * and 7, up to the termination record 999 and its filler), are zlib streams of bytecode, each
 * inflating to a block of about 4 MiB, between a zlib data header (where it is, where the
 * trailer is, how long) and a trailer that lists each block's offsets and sizes (PSPP's
 * "System File Format", "ZLIB Compressed Data"). The header is given with its magic and
 * compression rewritten, the dictionary as it is, the zlib data header dropped (the cases of a
 * .sav start where it stood), each block inflated, one at a time, so that memory holds no more
 * than a block. A block's zlib stream says where it ends; the trailer, read last, must list the
 * blocks that were inflated, or the file is damaged. Integers are in the byte order the header's
 * layout_code is written in.
 *
 * Throws a SatisfyError (FILE_UNREADABLE, naming `path`) for a file that ends too soon or whose
 * records, blocks or trailer do not hold together.
 *
 * @example for await (const bytes of expandZsav(chunks, 'survey.zsav')) savReader.push(bytes);
 */
export async function* expandZsav(chunks: AsyncIterable<Buffer>, path: string): AsyncGenerator<Buffer> {
  const input = new ByteInput(chunks[Symbol.asyncIterator](), path);
  try {
    const header = Buffer.from(await input.read(HEADER_BYTES, 'its header'));
    if (header.toString('latin1', 0, 4) !== '$FL3') throw damaged(path, 'it does not start with $FL3');
    const int32 = int32Reader(header, path);
    if (int32(header, COMPRESSION_AT) !== 2) throw damaged(path, `its header says compression ${int32(header, COMPRESSION_AT)}, not 2 (zlib)`);
    header.write('$FL2', 0, 'latin1');
    writeInt32(header, COMPRESSION_AT, 1, int32.littleEndian);
    yield header;
    yield* dictionary(input, int32);
    yield* blocks(input, int32);
  } finally {
    await input.close();
  }
}

type Int32Reader = ((bytes: Buffer, at: number) => number) & { littleEndian: boolean };

/** Integers as the file writes them: little-endian if layout_code reads as 2 or 3 so, else big-endian if it reads so. */
function int32Reader(header: Buffer, path: string): Int32Reader {
  const little = header.readInt32LE(LAYOUT_CODE_AT);
  const big = header.readInt32BE(LAYOUT_CODE_AT);
  if (little !== 2 && little !== 3 && big !== 2 && big !== 3) throw damaged(path, `its header's layout code is ${little}, not 2 or 3`);
  const littleEndian = little === 2 || little === 3;
  return Object.assign((bytes: Buffer, at: number) => (littleEndian ? bytes.readInt32LE(at) : bytes.readInt32BE(at)), { littleEndian });
}

function writeInt32(bytes: Buffer, at: number, value: number, littleEndian: boolean): void {
  if (littleEndian) bytes.writeInt32LE(value, at);
  else bytes.writeInt32BE(value, at);
}

/**
 * The dictionary's records as they are, walked to find where it ends: a variable (2), value
 * labels (3) and the variables they apply to (4), documents (6), an extension record (7, of
 * `count` elements of `size` bytes), up to the termination record (999) and its int32 filler.
 */
async function* dictionary(input: ByteInput, int32: Int32Reader): AsyncGenerator<Buffer> {
  const path = input.path;
  const what = 'its dictionary';
  const count = (bytes: Buffer, at: number, record: string): number => {
    const n = int32(bytes, at);
    if (n < 0) throw damaged(path, `its dictionary has a ${record} record with a count of ${n}, at byte ${input.offset}`);
    return n;
  };
  for (;;) {
    const typeBytes = await input.read(4, what);
    yield typeBytes;
    const type = int32(typeBytes, 0);
    if (type === 2) {
      const fields = await input.read(28, what);
      yield fields;
      const hasLabel = int32(fields, 4);
      const missing = int32(fields, 8);
      if ((hasLabel !== 0 && hasLabel !== 1) || missing < -3 || missing === -1 || missing > 3) throw damaged(path, `its dictionary has a variable record that does not hold together, at byte ${input.offset - 32}`);
      if (hasLabel === 1) {
        const length = await input.read(4, what);
        yield length;
        yield* input.pass(roundUp(count(length, 0, 'variable label'), 4), what);
      }
      yield* input.pass(8 * Math.abs(missing), what);
    } else if (type === 3) {
      const labels = await input.read(4, what);
      yield labels;
      for (let i = count(labels, 0, 'value label'); i > 0; i--) {
        // The value (8 bytes), the label's length (1 byte) and the label, padded to a multiple of 8 with its length byte.
        const value = await input.read(9, what);
        yield value;
        yield* input.pass(roundUp((value[8] as number) + 1, 8) - 1, what);
      }
    } else if (type === 4) {
      const variables = await input.read(4, what);
      yield variables;
      yield* input.pass(4 * count(variables, 0, 'value label variables'), what);
    } else if (type === 6) {
      const lines = await input.read(4, what);
      yield lines;
      yield* input.pass(80 * count(lines, 0, 'document'), what);
    } else if (type === 7) {
      const fields = await input.read(12, what);
      yield fields;
      yield* input.pass(count(fields, 4, 'extension') * count(fields, 8, 'extension'), what);
    } else if (type === 999) {
      yield await input.read(4, what);
      return;
    } else {
      throw damaged(path, `its dictionary has a record of unknown type ${type}, at byte ${input.offset - 4}`);
    }
  }
}

interface Block {
  uncompressedOffset: number;
  compressedOffset: number;
  uncompressedSize: number;
  compressedSize: number;
}

/**
 * The cases: the zlib data header read (and left out), each block inflated in turn up to where
 * the trailer starts, then the trailer checked against the blocks.
 */
async function* blocks(input: ByteInput, int32: Int32Reader): AsyncGenerator<Buffer> {
  const path = input.path;
  const at = input.offset;
  const zheader = await input.read(ZHEADER_BYTES, 'its zlib data header');
  const int64 = (bytes: Buffer, offset: number, name: string): number => {
    const value = int32.littleEndian ? bytes.readBigInt64LE(offset) : bytes.readBigInt64BE(offset);
    if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged(path, `its ${name} is ${value}`);
    return Number(value);
  };
  const zheaderOffset = int64(zheader, 0, 'zlib data header offset');
  const trailerOffset = int64(zheader, 8, 'zlib trailer offset');
  const trailerLength = int64(zheader, 16, 'zlib trailer length');
  if (zheaderOffset !== at) throw damaged(path, `its zlib data header says it is at byte ${zheaderOffset}, where it is at byte ${at}`);
  if (trailerOffset < at + ZHEADER_BYTES || trailerLength < 24 || (trailerLength - 24) % ZTRAILER_ENTRY_BYTES !== 0) throw damaged(path, `its zlib data header says the trailer is ${trailerLength} bytes at byte ${trailerOffset}`);
  const count = (trailerLength - 24) / ZTRAILER_ENTRY_BYTES;

  const found: Block[] = [];
  let uncompressedOffset = zheaderOffset;
  while (input.offset < trailerOffset) {
    if (found.length === count) throw damaged(path, `it has more compressed blocks than the ${count} its trailer lists`);
    const where = `block ${found.length + 1} of ${count} of its compressed cases`;
    const compressedOffset = input.offset;
    const data = await inflateBlock(input, trailerOffset - compressedOffset, where);
    found.push({ uncompressedOffset, compressedOffset, uncompressedSize: data.length, compressedSize: input.offset - compressedOffset });
    uncompressedOffset += data.length;
    yield data;
  }

  const trailer = await input.read(trailerLength, 'the trailer of its compressed cases');
  const listed = int32(trailer, 20);
  if (listed !== count || found.length !== count) throw damaged(path, `the trailer of its compressed cases lists ${listed} blocks in ${trailerLength} bytes, and ${found.length} were found`);
  const fields: Array<[keyof Block, string]> = [
    ['uncompressedOffset', 'uncompressed offset'],
    ['compressedOffset', 'offset'],
    ['uncompressedSize', 'inflated size'],
    ['compressedSize', 'compressed size'],
  ];
  for (const [i, block] of found.entries()) {
    const entry = 24 + i * ZTRAILER_ENTRY_BYTES;
    const entries: Record<keyof Block, number> = {
      uncompressedOffset: int64(trailer, entry, 'block offset'),
      compressedOffset: int64(trailer, entry + 8, 'block offset'),
      uncompressedSize: int32(trailer, entry + 16),
      compressedSize: int32(trailer, entry + 20),
    };
    for (const [field, name] of fields) {
      if (entries[field] !== block[field]) throw damaged(path, `the trailer of its compressed cases lists block ${i + 1} of ${count} with ${name} ${entries[field]}, where the block's is ${block[field]}`);
    }
  }
}

/**
 * Inflates the zlib stream that starts where `input` is, and leaves `input` just after it: zlib
 * is given the bytes buffered so far (up to `limit`, where the trailer starts), twice as many
 * each time they hold only the stream's beginning, and says how many it used.
 */
async function inflateBlock(input: ByteInput, limit: number, where: string): Promise<Buffer> {
  const path = input.path;
  for (let wanted = Math.min(limit, FIRST_TRY_BYTES); ; wanted = Math.min(limit, MAX_BLOCK_BYTES, wanted * 2)) {
    const compressed = await input.peek(wanted);
    let inflated: { buffer: Buffer; engine: { bytesWritten: number } };
    try {
      // With info, zlib also gives its engine, which counts the bytes it used: those of the stream, whatever follows.
      // node:zlib is required for a .zsav alone: loading it took a few ms of every run.
      const { inflateSync } = createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');
      inflated = inflateSync(compressed, { info: true, maxOutputLength: MAX_BLOCK_BYTES }) as unknown as typeof inflated;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'Z_BUF_ERROR' && compressed.length === wanted && wanted < limit && wanted < MAX_BLOCK_BYTES) continue;
      if (code === 'Z_BUF_ERROR' && compressed.length < wanted) throw truncated(path, where);
      if (code === 'Z_BUF_ERROR') throw damaged(path, `${where} does not end before ${wanted < limit ? `${MAX_BLOCK_BYTES >> 20} MiB` : 'the trailer'}`);
      if (code === 'ERR_BUFFER_TOO_LARGE') throw damaged(path, `${where} inflates to more than ${MAX_BLOCK_BYTES >> 20} MiB`);
      throw damaged(path, `${where} cannot be inflated (${error instanceof Error ? error.message : String(error)})`);
    }
    input.skip(inflated.engine.bytesWritten);
    return inflated.buffer;
  }
}

/** The bytes of a stream of chunks, read exactly: so many bytes, or a peek at the next ones. */
class ByteInput {
  /** Bytes consumed from the start of the file. */
  offset = 0;
  // The chunks read and not yet consumed, the first one cut where the bytes consumed end.
  private pieces: Buffer[] = [];
  private buffered = 0;
  private ended = false;

  constructor(
    private readonly chunks: AsyncIterator<Buffer>,
    readonly path: string,
  ) {}

  /** The next `n` bytes, consumed; a file that ends before them is truncated inside `what`. */
  async read(n: number, what: string): Promise<Buffer> {
    const bytes = await this.peek(n);
    if (bytes.length < n) throw truncated(this.path, what);
    this.skip(n);
    return bytes;
  }

  /** The next `n` bytes, consumed, a chunk at a time: a long record is not held whole. */
  async *pass(n: number, what: string): AsyncGenerator<Buffer> {
    for (let left = n; left > 0; ) {
      if (this.buffered === 0 && !(await this.more())) throw truncated(this.path, what);
      const first = this.pieces[0] as Buffer;
      const piece = first.subarray(0, Math.min(left, first.length));
      this.skip(piece.length);
      left -= piece.length;
      yield piece;
    }
  }

  /** Up to `n` of the next bytes (fewer where the file ends), not consumed: in one buffer, joined once. */
  async peek(n: number): Promise<Buffer> {
    while (this.buffered < n) if (!(await this.more())) break;
    if ((this.pieces[0]?.length ?? 0) < Math.min(n, this.buffered)) this.pieces = [Buffer.concat(this.pieces)];
    return (this.pieces[0] ?? Buffer.alloc(0)).subarray(0, n);
  }

  skip(n: number): void {
    this.offset += n;
    this.buffered -= n;
    for (let left = n; left > 0; ) {
      const first = this.pieces[0] as Buffer;
      if (first.length > left) {
        this.pieces[0] = first.subarray(left);
        return;
      }
      this.pieces.shift();
      left -= first.length;
    }
  }

  /** Stops reading the chunks (the file is closed) where they are. */
  async close(): Promise<void> {
    if (!this.ended) await this.chunks.return?.();
    this.ended = true;
  }

  private async more(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.chunks.next();
    if (next.done === true) {
      this.ended = true;
      return false;
    }
    this.pieces.push(next.value);
    this.buffered += next.value.length;
    return true;
  }
}

function roundUp(n: number, multiple: number): number {
  return Math.ceil(n / multiple) * multiple;
}

function truncated(path: string, what: string): SatisfyError {
  return new SatisfyError('FILE_UNREADABLE', `the SPSS file (.zsav) ends inside ${what}: it is truncated`, { file: path }, HINT);
}

function damaged(path: string, what: string): SatisfyError {
  return new SatisfyError('FILE_UNREADABLE', `the SPSS file (.zsav) is damaged: ${what}`, { file: path }, HINT);
}
