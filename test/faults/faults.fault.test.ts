/**
 * Faults an operator meets, on real processes (test/faults/harness.ts): the suite's own Neo4j killed under load
 * and started again, the API's SIGTERM under load, and a second API on a taken port. Time is measured only as a
 * bound on how many failures were slow, never as a timing of a success.
 */
import { connect as tcpConnect } from 'node:net';
import type { Socket } from 'node:net';
import type { ApiProcess, Outcome } from './harness';
import { FaultNeo4j, load, post, spawnApi, stopApi } from './harness';

const NODE_BY_ID = 'query NodeById($id: ID! = "event:2025-02-24-xi-putin-call") { node(id: $id) { __typename id ... on Entity { name } } }';
const CONNECTIONS = 16;
/** A failure slower than this is a slow failure (the brief: coded errors within a second). */
const SLOW_FAILURE_MS = 1_000;

let neo4j: FaultNeo4j;
let api: ApiProcess;

beforeAll(async () => {
  neo4j = await FaultNeo4j.start();
  api = await spawnApi(neo4j.uri);
}, 300_000);

afterAll(async () => {
  await stopApi(api);
  await neo4j?.stop();
}, 120_000);

const sleep = (ms: number) => new Promise((resume) => setTimeout(resume, ms));

describe('the fault suite', () => {
  it('refuses to start a second API on a taken port, naming the port, and leaves the first one serving', async () => {
    const second = await spawnApi(neo4j.uri, { port: api.port, ready: false });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`start-up failed: port ${api.port} on 127.0.0.1 is already in use; set PORT to another port`);
    const still = await post(api.base, NODE_BY_ID);
    expect(still).toMatchObject({ status: 200, codes: [], hasData: true });
  }, 180_000);

  it('answers coded errors fast while Neo4j is killed under load, and serves again after it restarts, without a restart', async () => {
    const traffic = load(api.base, NODE_BY_ID, CONNECTIONS);
    await sleep(1_000);
    await neo4j.kill();
    await sleep(3_000);
    const outcomes = await traffic.stop();

    const failures = outcomes.filter((o) => o.status !== 200 || o.codes.length > 0);
    // Enough failures that the bound below says something, every one coded SERVICE_UNAVAILABLE with a 503.
    expect(failures.length).toBeGreaterThan(CONNECTIONS * 5);
    const wrong = failures.filter((o) => o.status !== 503 || o.codes.length === 0 || o.codes.some((c) => c !== 'SERVICE_UNAVAILABLE'));
    expect(wrong).toEqual([]);
    // At most the requests in flight when it died may have waited longer than a second.
    const slow = failures.filter((o) => o.ms > SLOW_FAILURE_MS);
    expect(slow.length).toBeLessThanOrEqual(CONNECTIONS);
    console.log(
      `Neo4j killed under ${CONNECTIONS} connections: ${outcomes.length} requests, ${failures.length} failed (all 503 SERVICE_UNAVAILABLE), ` +
        `${slow.length} of them after more than ${SLOW_FAILURE_MS} ms; slowest failure ${Math.round(Math.max(...failures.map((o) => o.ms)))} ms`,
    );

    const ready = await fetch(`${api.base}/ready`);
    expect(ready.status).toBe(503);
    expect(Number(ready.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    await neo4j.restart();
    let back: Outcome | undefined;
    for (let tries = 0; tries < 150; tries++) {
      back = await post(api.base, NODE_BY_ID);
      if (back.status === 200 && back.hasData) break;
      await sleep(200);
    }
    expect(back).toMatchObject({ status: 200, codes: [], hasData: true });
    expect((await fetch(`${api.base}/ready`)).status).toBe(200);
    expect(api.child.exitCode).toBeNull();
  }, 300_000);

  it('drains on SIGTERM: requests in flight get full answers, new connections are refused, exit code 0', async () => {
    const body = JSON.stringify({ query: NODE_BY_ID });
    // Requests held in flight: headers sent with `Expect: 100-continue`; node answers 100 Continue once it has
    // parsed them, so each is a request the server is serving before the signal. The bodies follow after it.
    const held = await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        const socket: Socket = tcpConnect(api.port, '127.0.0.1');
        let received = '';
        socket.on('data', (chunk) => (received += String(chunk)));
        const closed = new Promise<void>((done) => socket.on('close', () => done()));
        socket.write(
          `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
            'Expect: 100-continue\r\nConnection: close\r\n\r\n',
        );
        for (let tries = 0; tries < 200 && !received.includes('100 Continue'); tries++) await sleep(25);
        expect(received).toContain('HTTP/1.1 100 Continue');
        return { socket, closed, answer: () => received };
      }),
    );

    api.child.kill('SIGTERM');
    // The listener closes at once: a new connection is refused while the held requests are still open.
    let refused = false;
    for (let tries = 0; tries < 100 && !refused; tries++) {
      refused = await new Promise<boolean>((done) => {
        const probe = tcpConnect(api.port, '127.0.0.1');
        probe.once('connect', () => {
          probe.destroy();
          done(false);
        });
        probe.once('error', (error: NodeJS.ErrnoException) => done(error.code === 'ECONNREFUSED'));
      });
      if (!refused) await sleep(50);
    }
    expect(refused).toBe(true);

    // write, not end: a half-closed socket would abort its request (node http: socketOnEnd); `Connection: close`
    // has the server close each one after its answer.
    for (const request of held) request.socket.write(body);
    await Promise.all(held.map((request) => request.closed));
    for (const request of held) {
      const answer = request.answer();
      expect(answer).toMatch(/HTTP\/1\.1 200 OK/);
      const json = JSON.parse(answer.slice(answer.lastIndexOf('\r\n\r\n') + 4)) as { data: { node: { id: string } } };
      expect(json).toEqual({ data: { node: { __typename: 'Event', id: 'event:2025-02-24-xi-putin-call', name: 'Xi–Putin phone call' } } });
    }
    expect(await api.exited).toBe(0);
  }, 120_000);
});
