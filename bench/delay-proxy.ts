/**
 * A loopback TCP proxy in front of Neo4j's Bolt port that holds every chunk for a fixed delay (default 5 ms) in
 * each direction: a stand-in for a network between a server and Neo4j, so a request pays for each of its
 * database round trips as it would across a real link (on loopback they cost almost nothing and hide).
 *
 * It also reads the client side of the Bolt stream (message framing as the driver writes it:
 * node_modules/neo4j-driver-bolt-connection/lib/bolt/handshake.js and lib/channel/chunking.js) to count what
 * passes through: RUN messages (Cypher statements) and round trips (each time the client writes after the server
 * has answered). These are the same for the API, the floor and the peer, whatever their code counts itself.
 *
 * `npx ts-node --transpile-only bench/delay-proxy.ts <bolt port> [delay ms]` runs one from the shell and prints
 * its port; bench/run.ts forks it (bench/children.ts) and asks for the counters over IPC.
 */
import type { Socket } from 'node:net';
import { connect, createServer } from 'node:net';

export interface ProxyCounters {
  /** Client connections accepted so far. */
  connections: number;
  /** Bolt RUN messages from clients: one per Cypher statement sent. */
  statements: number;
  /** Client writes that follow an answer from the server (or open a connection): network round trips. */
  roundTrips: number;
}

export interface DelayProxy {
  port: number;
  counters(): ProxyCounters;
  close(): Promise<void>;
}

const RUN = 0x10;
/** The client's first 20 bytes: the magic preamble and four version proposals. */
const HANDSHAKE_BYTES = 20;

/**
 * Follows the client → server byte stream and calls `onMessage` with each message's signature. After the
 * handshake a Bolt stream is a sequence of chunks (2-byte big-endian size, then that many bytes); a zero size
 * ends a message, whose first bytes are a struct marker and the signature. When the server answers the
 * handshake with the manifest version (00 00 01 FF) the client then sends its choice: 4 bytes and a varint.
 */
class BoltClientReader {
  private skip = HANDSHAKE_BYTES;
  private awaitingChoice = false;
  private sizeBytes: number[] = [];
  private chunkLeft = 0;
  private messageOffset = 0;
  private skipVarint = false;

  constructor(private readonly onMessage: (signature: number) => void) {}

  /** The server's first bytes: do they ask the client for a manifest choice? */
  serverHandshake(first4: Buffer): void {
    this.awaitingChoice = first4.length >= 4 && first4[0] === 0 && first4[1] === 0 && first4[2] === 1 && first4[3] === 0xff;
  }

  feed(data: Buffer): void {
    let i = 0;
    while (i < data.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, data.length - i);
        this.skip -= n;
        i += n;
        continue;
      }
      if (this.awaitingChoice) {
        // 4 bytes of version, then a varint of capabilities (high bit set: more bytes follow).
        this.awaitingChoice = false;
        this.skip = 4;
        this.skipVarint = true;
        continue;
      }
      if (this.skipVarint) {
        if ((data[i] & 0x80) === 0) this.skipVarint = false;
        i += 1;
        continue;
      }
      if (this.chunkLeft === 0) {
        this.sizeBytes.push(data[i]);
        i += 1;
        if (this.sizeBytes.length < 2) continue;
        this.chunkLeft = (this.sizeBytes[0] << 8) | this.sizeBytes[1];
        this.sizeBytes = [];
        if (this.chunkLeft === 0) this.messageOffset = 0; // end of message
        continue;
      }
      const n = Math.min(this.chunkLeft, data.length - i);
      if (this.messageOffset <= 1 && this.messageOffset + n > 1) this.onMessage(data[i + 1 - this.messageOffset]);
      this.messageOffset += n;
      this.chunkLeft -= n;
      i += n;
    }
  }
}

/**
 * Forwards one direction with the delay: chunks wait in arrival order and leave when their time is up, so the
 * stream stays in order; the end of the stream waits its turn too. Backpressure: when the far side's buffer is
 * full the near side is paused until it drains.
 */
function pipeDelayed(from: Socket, to: Socket, delayMs: number, onChunk: (chunk: Buffer) => void): void {
  const queue: { due: number; chunk: Buffer | null }[] = [];
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    timer = null;
    const now = performance.now();
    while (queue.length > 0 && queue[0].due <= now + 0.5) {
      const { chunk } = queue.shift()!;
      if (chunk === null) {
        to.end();
        return;
      }
      if (!to.write(chunk) && !from.isPaused()) {
        from.pause();
        to.once('drain', () => from.resume());
      }
    }
    if (queue.length > 0) timer = setTimeout(flush, queue[0].due - now);
  };
  const push = (chunk: Buffer | null) => {
    queue.push({ due: performance.now() + delayMs, chunk });
    if (delayMs <= 0) flush();
    else if (!timer) timer = setTimeout(flush, delayMs);
  };
  from.on('data', (chunk: Buffer) => {
    onChunk(chunk);
    push(chunk);
  });
  from.on('end', () => push(null));
}

export async function startDelayProxy(options: { targetPort: number; targetHost?: string; delayMs?: number; port?: number }): Promise<DelayProxy> {
  const delayMs = options.delayMs ?? 5;
  const host = options.targetHost ?? '127.0.0.1';
  const counters: ProxyCounters = { connections: 0, statements: 0, roundTrips: 0 };
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    counters.connections += 1;
    const upstream = connect(options.targetPort, host);
    for (const s of [client, upstream]) {
      s.setNoDelay(true);
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    // One side failing closes the other, as a broken network link would.
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());

    const reader = new BoltClientReader((signature) => {
      if (signature === RUN) counters.statements += 1;
    });
    let lastFromClient = false;
    let serverBytes = Buffer.alloc(0);
    pipeDelayed(client, upstream, delayMs, (chunk) => {
      if (!lastFromClient) counters.roundTrips += 1;
      lastFromClient = true;
      reader.feed(chunk);
    });
    pipeDelayed(upstream, client, delayMs, (chunk) => {
      lastFromClient = false;
      if (serverBytes.length < 4) {
        serverBytes = Buffer.concat([serverBytes, chunk]);
        if (serverBytes.length >= 4) reader.serverHandshake(serverBytes.subarray(0, 4));
      }
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('delay proxy: no TCP address');
  return {
    port: address.port,
    counters: () => ({ ...counters }),
    close: () =>
      new Promise<void>((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}

/** Forked by bench/children.ts (IPC: sends `{ ready, ports }`, answers `counters`), or run from the shell. */
async function main(): Promise<void> {
  const targetPort = Number(process.argv[2] ?? process.env.BENCH_BOLT_PORT);
  const delayMs = Number(process.argv[3] ?? process.env.BENCH_DELAY_MS ?? 5);
  if (!targetPort) throw new Error('usage: delay-proxy.ts <bolt port> [delay ms]');
  const proxy = await startDelayProxy({ targetPort, delayMs });
  if (process.send) {
    process.send({ ready: true, ports: [proxy.port] });
    process.on('message', (message: { type?: string }) => {
      if (message.type === 'counters') process.send!({ counters: proxy.counters() });
    });
    process.on('disconnect', () => void proxy.close().then(() => process.exit(0)));
  } else {
    console.log(`delay proxy: bolt://127.0.0.1:${proxy.port} → 127.0.0.1:${targetPort}, +${delayMs} ms each way`);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`delay proxy failed: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  });
}
