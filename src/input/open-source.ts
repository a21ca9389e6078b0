import { closeSync, createReadStream, openSync, readSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import { SatisfyError } from '../errors.js';

/** How many bytes are looked at to detect the encoding, the delimiter and the platform. */
export const HEAD_BYTES = 64 * 1024;
const READ_BYTES = 1 << 20;

export interface OpenedSource {
  /** The first HEAD_BYTES bytes (fewer if the input is shorter), after gunzip. */
  head: Buffer;
  /** Every byte of the input from the start, head included. */
  chunks: AsyncIterable<Buffer>;
  gzip: boolean;
  /** The file's size in bytes, or null for standard input. */
  size: number | null;
  /** Ends the reading of `chunks` where it is, closing the file: for a reader that reads the file its own way (Parquet, at offsets). */
  close: () => Promise<void>;
}

/**
 * Opens a file, or standard input for `-`, as a stream of bytes, gunzipped when the bytes are gzip
 * (recognised by their magic number, whatever the file is called). Reads of about 1 MiB.
 */
export async function openSource(path: string, stdin: (() => Readable | undefined) | undefined, onBytes?: (read: number, total: number | null) => void): Promise<OpenedSource> {
  let raw: AsyncIterable<Buffer>;
  let total: number | null = null;
  if (path === '-') {
    const input = stdin?.();
    if (input === undefined) throw new SatisfyError('USAGE', 'no standard input to read for "-"');
    raw = input;
  } else {
    const info = await checkReadable(path);
    if (info.isFile()) {
      total = info.size;
      // As an async iterable, as standard input is.
      raw = (async function* () {
        yield* readBytes(path, 0);
      })();
    } else {
      // A pipe, FIFO or device (`<(gunzip -c x.csv.gz)`, /dev/stdin): read as a stream, as standard
      // input is, since it cannot be read at an offset, nor split into pieces; its size is unknown.
      raw = createReadStream(path, { highWaterMark: READ_BYTES });
    }
  }
  const bytes = await peek((onBytes === undefined ? raw : counted(raw, total, onBytes))[Symbol.asyncIterator](), HEAD_BYTES, path);
  const gzip = bytes.head[0] === 0x1f && bytes.head[1] === 0x8b;
  if (!gzip) return { ...bytes, gzip, size: total };
  // node:zlib is required for a gzip file alone: loading it took a few ms of every run.
  const { createGunzip } = createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');
  const gunzip = createGunzip({ chunkSize: 1 << 20 });
  feed(bytes.chunks, gunzip, path);
  return { ...(await peek(gunzip[Symbol.asyncIterator](), HEAD_BYTES, path)), gzip, size: total };
}

/**
 * The bytes of a file from `start`, in reads of `size` bytes (1 MiB unless told) into one buffer,
 * used again for each read (whoever keeps bytes past the next read copies them), so that memory
 * stays the same however long the file. The buffer goes back to this thread's spares when the
 * reading ends, for the next: a thread reads two or three ranges of a file a piece, and buffers
 * left to the garbage collector piled up (25 MiB of them on a worker thread, measured on the 10M
 * bench export). The reads are synchronous: a reader has nothing else to do while it waits.
 */
export function* readBytes(path: string, start: number, size = READ_BYTES): Generator<Buffer> {
  const fd = openSync(path, 'r');
  const buffer = spareBuffers.get(size)?.pop() ?? Buffer.allocUnsafe(size);
  try {
    for (let at = start; ; ) {
      const read = readSync(fd, buffer, 0, size, at);
      if (read === 0) return;
      at += read;
      yield buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
    const spares = spareBuffers.get(size) ?? [];
    if (spares.length < SPARE_BUFFERS) spares.push(buffer);
    spareBuffers.set(size, spares);
  }
}

// Buffers of readings that have ended, by size, on this thread; at most SPARE_BUFFERS a size.
const spareBuffers = new Map<number, Buffer[]>();
const SPARE_BUFFERS = 2;

/** The chunks of `source`, telling `onBytes` how many bytes have been read so far, and of how many. */
async function* counted(source: AsyncIterable<Buffer>, total: number | null, onBytes: (read: number, total: number | null) => void): AsyncGenerator<Buffer> {
  let read = 0;
  for await (const chunk of source) {
    read += chunk.length;
    onBytes(read, total);
    yield chunk;
  }
}

/** Reads at least `bytes` bytes (or all there is) and gives them back with a stream that replays them. */
async function peek(source: AsyncIterator<Buffer>, bytes: number, path: string): Promise<{ head: Buffer; chunks: AsyncIterable<Buffer>; close: () => Promise<void> }> {
  const taken: Buffer[] = [];
  let length = 0;
  let done = false;
  try {
    while (length < bytes) {
      const next = await source.next();
      if (next.done === true) {
        done = true;
        break;
      }
      // A copy: the bytes read next may go into the same buffer.
      taken.push(Buffer.from(next.value));
      length += next.value.length;
    }
  } catch (error) {
    throw translateReadError(error, path);
  }
  const head = Buffer.concat(taken);
  async function* replay(): AsyncGenerator<Buffer> {
    yield* taken;
    if (done) return;
    try {
      for (let next = await source.next(); next.done !== true; next = await source.next()) yield next.value;
    } catch (error) {
      throw translateReadError(error, path);
    }
  }
  const close = async (): Promise<void> => {
    if (!done) await source.return?.();
  };
  return { head: head.subarray(0, Math.min(head.length, HEAD_BYTES)), chunks: replay(), close };
}

function feed(chunks: AsyncIterable<Buffer>, sink: NodeJS.WritableStream & { destroy(error?: Error): void }, path: string): void {
  void (async () => {
    try {
      // A copy: zlib may hold a chunk after write() returns, and the next read reuses its buffer.
      for await (const chunk of chunks) if (!sink.write(Buffer.from(chunk))) await new Promise((resolve) => sink.once('drain', resolve));
      sink.end();
    } catch (error) {
      sink.destroy(translateReadError(error, path) as Error);
    }
  })();
}

/** Stops with a clear error unless `path` is a readable file (or pipe, or device); returns what it is. */
async function checkReadable(path: string): Promise<Stats> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw translateReadError(error, path);
  }
  if (info.isDirectory()) throw new SatisfyError('FILE_IS_DIRECTORY', `${path} is a directory, not a CSV file`);
  return info;
}

function translateReadError(error: unknown, path: string): unknown {
  if (error instanceof SatisfyError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new SatisfyError('FILE_NOT_FOUND', `cannot open ${path}: no such file`);
  if (code === 'EACCES' || code === 'EPERM') return new SatisfyError('FILE_UNREADABLE', `cannot read ${path}: permission denied`);
  if (code === 'EISDIR') return new SatisfyError('FILE_IS_DIRECTORY', `${path} is a directory, not a CSV file`);
  if (code === 'ENAMETOOLONG') return new SatisfyError('FILE_NOT_FOUND', `cannot open ${shortPath(path)}: the name is too long`);
  if (code === 'ENOTDIR') return new SatisfyError('FILE_NOT_FOUND', `cannot open ${path}: a part of the path is not a folder`);
  if (code === 'ELOOP') return new SatisfyError('FILE_NOT_FOUND', `cannot open ${path}: too many symbolic links`);
  if (code === 'EIO' || code === 'ENXIO' || code === 'ENODEV') return new SatisfyError('FILE_UNREADABLE', `cannot read ${path}: the device cannot be read (${code})`);
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') return new SatisfyError('FILE_UNREADABLE', `cannot read ${path}: the gzip data is damaged`);
  return error;
}

/** A path of more than 200 characters with its middle left out, so that an error about it stays one line. */
function shortPath(path: string): string {
  return path.length <= 200 ? path : `${path.slice(0, 100)}…${path.slice(-100)}`;
}
