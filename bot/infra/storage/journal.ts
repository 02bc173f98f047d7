import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { syncDirectory } from './durableJsonFile';

/** One line per record: the record's JSON, a tab, its CRC-32 in hex. A torn or zero-filled tail fails the check. */
export function frame(json: string): string {
  return `${json}\t${crc32(json).toString(16)}\n`;
}

/** The records of a segment's text, up to the first line that is not whole (a crash mid-append). */
export function unframe(text: string): string[] {
  const records: string[] = [];
  let start = 0;
  for (let end = text.indexOf('\n', start); end !== -1; end = text.indexOf('\n', start)) {
    const line = text.slice(start, end);
    start = end + 1;
    const tab = line.lastIndexOf('\t');
    const json = line.slice(0, tab);
    if (tab < 0 || crc32(json).toString(16) !== line.slice(tab + 1)) break;
    records.push(json);
  }
  return records;
}

const SEGMENT = /^(\d{10})\.log$/;
const segmentName = (n: number) => `${String(n).padStart(10, '0')}.log`;

interface Pending {
  line: string;
  /** Runs synchronously once the record is on disk, before any later record or rotation is handled. */
  applied: (segment: number) => void;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export interface JournalOptions {
  /** A segment is sealed (and handed to `onSealed`) once it holds this many bytes. */
  segmentBytes: number;
  onSealed: (segment: number) => void;
}

/**
 * The append-only write-ahead journal of one process: numbered segment files
 * in `dir`. Appends are group-committed: every record that arrives while a
 * write + fdatasync is in progress goes out together in the next one, so all
 * the turns that finish within the same few milliseconds share one fsync.
 * A record's promise resolves only once its bytes are on disk. The segment is
 * opened for each batch and closed after its fsync: no write handle stays
 * open between batches, so the disk can be remounted read-only (or checked)
 * without stopping the process, and a failed batch never leaves a bad handle.
 */
export class Journal {
  private queue: Pending[] = [];
  private flushing: Promise<void> | undefined;
  private size = 0;
  private sealWanted = false;

  private constructor(
    private readonly dir: string,
    private active: number,
    private readonly options: JournalOptions,
  ) {}

  /** Reads what earlier runs left (oldest first) and starts a fresh segment after them; never appends to an old one. */
  static async open(dir: string, options: JournalOptions): Promise<{ journal: Journal; recovered: { segment: number; records: string[] }[] }> {
    await fs.mkdir(dir, { recursive: true });
    const segments = await listSegments(dir);
    const recovered: { segment: number; records: string[] }[] = [];
    for (const segment of segments) recovered.push({ segment, records: unframe(await fs.readFile(path.join(dir, segmentName(segment)), 'utf8')) });
    const next = (segments.at(-1) ?? 0) + 1;
    await createSegment(dir, next);
    const journal = new Journal(dir, next, options);
    return { journal, recovered };
  }

  get activeSegment(): number {
    return this.active;
  }

  /** Appends one record; resolves when it is durable. `applied` runs first, synchronously, with the segment it landed in. */
  append(json: string, applied: (segment: number) => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ line: frame(json), applied, resolve, reject });
      this.flushing ??= this.flushLoop();
    });
  }

  /** Seals the active segment at the next opportunity even if it is small (e.g. on a timer, or before shutdown). */
  async seal(): Promise<void> {
    if (this.size === 0 && this.queue.length === 0) return;
    this.sealWanted = true;
    this.flushing ??= this.flushLoop();
    await this.flushing;
  }

  async remove(segment: number): Promise<void> {
    await fs.rm(path.join(this.dir, segmentName(segment)), { force: true });
  }

  /** Resolves once every record appended so far is on disk. */
  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  async close(): Promise<void> {
    await this.idle();
  }

  private async flushLoop(): Promise<void> {
    // Let every turn finishing in this turn of the event loop join the batch.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      while (this.queue.length > 0 || this.sealWanted) {
        if (this.sealWanted || this.size >= this.options.segmentBytes) {
          try {
            await this.rotate();
          } catch (err) {
            // No segment to write to (a read-only or full disk): what waits fails now, and the next append tries again.
            for (const p of this.queue.splice(0)) p.reject(err);
            break;
          }
        }
        if (this.queue.length === 0) break;
        const batch = this.queue;
        this.queue = [];
        const text = batch.map((p) => p.line).join('');
        try {
          await appendDurably(path.join(this.dir, segmentName(this.active)), text);
        } catch (err) {
          for (const p of batch) p.reject(err);
          // A failed write may have left part of a line: later records go to a fresh segment, never after it.
          this.size = Math.max(this.size, 1);
          this.sealWanted = true;
          continue;
        }
        this.size += Buffer.byteLength(text);
        for (const p of batch) p.applied(this.active);
        for (const p of batch) p.resolve();
      }
    } finally {
      this.flushing = undefined;
    }
  }

  private async rotate(): Promise<void> {
    if (this.size === 0) {
      this.sealWanted = false;
      return;
    }
    const sealed = this.active;
    await createSegment(this.dir, sealed + 1);
    this.sealWanted = false;
    this.active = sealed + 1;
    this.size = 0;
    this.options.onSealed(sealed);
  }
}

async function listSegments(dir: string): Promise<number[]> {
  const entries: Dirent[] = await fs.readdir(dir, { withFileTypes: true });
  return entries
    .map((e) => SEGMENT.exec(e.name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
}

/** Creates a segment and makes its directory entry durable before anything is acknowledged from it. */
async function createSegment(dir: string, n: number): Promise<void> {
  await (await fs.open(path.join(dir, segmentName(n)), 'a')).close();
  await syncDirectory(dir);
}

async function appendDurably(file: string, text: string): Promise<void> {
  const handle = await fs.open(file, 'a');
  try {
    await handle.write(text);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}
