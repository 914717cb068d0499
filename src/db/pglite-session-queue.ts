// PGlite is one PostgreSQL session shared by every connection of the socket server,
// so one connection at a time may use it: from its first message until PGlite answers
// ReadyForQuery "idle". That keeps a transaction together (BEGIN … COMMIT, status "T"
// or "E" in between) and also an extended-protocol batch (Parse … Sync): the session
// has one unnamed statement and portal, and a Parse from another connection between
// someone's Parse and Bind would replace it. pglite-socket's own QueryQueueManager
// keeps transactions together but not batches, so the server uses this queue instead
// (same interface: enqueue, getQueueLength, clearQueueForHandler, clearTransactionIfNeeded).
import type { PGlite } from "@electric-sql/pglite";

interface Pending {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (err: Error) => void;
}

const TERMINATE = 0x58; // 'X': the client is leaving; the session must stay open.
const READY_FOR_QUERY = 0x5a; // 'Z', length 5, status byte
const IDLE = 0x49; // 'I'
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

export class PgliteSessionQueue {
  readonly #pglite: PGlite;
  #pending: Pending[] = [];
  /** The handler using the session, or null when it is idle. */
  #holder: number | null = null;
  #draining = false;

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    if (message[0] === TERMINATE) return Promise.resolve(0);
    return new Promise((resolve, reject) => {
      this.#pending.push({ handlerId, message, onData, resolve, reject });
      void this.#drain();
    });
  }

  getQueueLength(): number {
    return this.#pending.length;
  }

  clearQueueForHandler(handlerId: number): void {
    this.#pending = this.#pending.filter((p) => {
      if (p.handlerId !== handlerId) return true;
      p.reject(new Error("Handler disconnected"));
      return false;
    });
  }

  /** A connection closed: if it held the session, end its batch and transaction and let the next one in. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.#holder !== handlerId) return;
    try {
      await this.#pglite.runExclusive(async () => {
        await this.#pglite.execProtocolRaw(SYNC);
      });
      if (this.#pglite.isInTransaction()) await this.#pglite.exec("rollback");
    } catch {
      // PGlite is closing with the server; pglite-socket does not wait for this anyway.
    } finally {
      this.#holder = null;
      void this.#drain();
    }
  }

  async #drain(): Promise<void> {
    if (this.#draining) return;
    this.#draining = true;
    try {
      for (;;) {
        const index =
          this.#holder === null ? 0 : this.#pending.findIndex((p) => p.handlerId === this.#holder);
        const next = index >= 0 ? this.#pending[index] : undefined;
        if (!next) return; // nothing queued, or the holder has not sent its next message yet
        this.#pending.splice(index, 1);
        this.#holder = next.handlerId;
        let bytes = 0;
        const tail = new Uint8Array(6);
        try {
          await this.#pglite.runExclusive(() =>
            this.#pglite.execProtocolRawStream(next.message, {
              onRawData: (data) => {
                bytes += data.length;
                keepTail(tail, data);
                next.onData(data);
              },
            }),
          );
        } catch (err) {
          if (!this.#pglite.isInTransaction()) this.#holder = null;
          next.reject(err as Error);
          continue;
        }
        if (bytes >= 6 && tail[0] === READY_FOR_QUERY && tail[5] === IDLE) this.#holder = null;
        next.resolve(bytes);
      }
    } finally {
      this.#draining = false;
    }
  }
}

/** Keeps the last 6 bytes seen in `tail`, where a final ReadyForQuery message would be. */
function keepTail(tail: Uint8Array, data: Uint8Array): void {
  if (data.length >= tail.length) {
    tail.set(data.subarray(data.length - tail.length));
    return;
  }
  tail.copyWithin(0, data.length);
  tail.set(data, tail.length - data.length);
}
