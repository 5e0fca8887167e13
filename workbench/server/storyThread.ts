// Making the orders (the domain's transitions and the mapping, orderStories.ts) is about a third
// of the generator's work and needs no store. When the code runs bundled (the workbench server),
// a worker thread makes them while this thread checks and stores the ones before: the second
// core does the rest. The caller stays synchronous: it blocks on a shared counter
// (Atomics.wait) and takes the batches with receiveMessageOnPort. Run from TypeScript sources
// (no bundle to start a worker from), the orders are made on this thread, in the same order.
import { isMainThread, MessageChannel, MessagePort, receiveMessageOnPort, Worker, workerData } from 'node:worker_threads';
import { GeneratedOrder, orderStories, StoryPlan } from './orderStories';

const KIND = 'utbildningsavrop-order-stories';
const BATCH = 250;
/** Batches the worker may be ahead of the store, so memory stays small whatever the count. */
const AHEAD = 8;
/** A worker that sends nothing for this long has died. */
const STALL_MS = 120000;

const PRODUCED = 0;
const CONSUMED = 1;

type Message = { batch: GeneratedOrder[] } | { done: true } | { error: string };

interface WorkerInput {
  kind: typeof KIND;
  plan: StoryPlan;
  port: MessagePort;
  counters: SharedArrayBuffer;
}

function bundled(): boolean {
  return typeof __filename === 'string' && /\.c?js$/.test(__filename);
}

/** Calls `each` with the plan's orders, in order, a batch at a time. */
export function forEachStoryBatch(plan: StoryPlan, each: (batch: GeneratedOrder[]) => void): void {
  if (!bundled()) {
    let batch: GeneratedOrder[] = [];
    for (const order of orderStories(plan)) {
      batch.push(order);
      if (batch.length === BATCH) {
        each(batch);
        batch = [];
      }
    }
    if (batch.length) each(batch);
    return;
  }
  const counters = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  const input: WorkerInput = { kind: KIND, plan, port: port2, counters: counters.buffer as SharedArrayBuffer };
  // node:sqlite warns that it is experimental when the bundle loads; start.mjs hides that on this thread.
  const quiet = "process.removeAllListeners('warning'); process.on('warning', (w) => { if (!/SQLite/i.test(w.message)) console.warn(`${w.name}: ${w.message}`); });";
  const worker = new Worker(`${quiet} require(${JSON.stringify(__filename)});`, { eval: true, workerData: input, transferList: [port2] });
  try {
    let consumed = 0;
    let quietSince = Date.now();
    for (;;) {
      const received = receiveMessageOnPort(port1);
      if (!received) {
        const produced = Atomics.load(counters, PRODUCED);
        if (produced === consumed && Atomics.wait(counters, PRODUCED, produced, 1000) === 'timed-out' && Date.now() - quietSince > STALL_MS) {
          throw new Error('Tråden som skapar avropen svarar inte; genereringen avbröts.');
        }
        continue;
      }
      quietSince = Date.now();
      const message = received.message as Message;
      if ('error' in message) throw new Error(`Avropen kunde inte skapas: ${message.error}`);
      if ('done' in message) return;
      each(message.batch);
      consumed++;
      Atomics.store(counters, CONSUMED, consumed);
      Atomics.notify(counters, CONSUMED);
    }
  } finally {
    port1.close();
    void worker.terminate();
  }
}

function makeStories(input: WorkerInput): void {
  const counters = new Int32Array(input.counters);
  let produced = 0;
  const send = (message: Message): void => {
    input.port.postMessage(message);
    produced++;
    Atomics.store(counters, PRODUCED, produced);
    Atomics.notify(counters, PRODUCED);
  };
  try {
    let batch: GeneratedOrder[] = [];
    for (const order of orderStories(input.plan)) {
      batch.push(order);
      if (batch.length < BATCH) continue;
      for (let seen = Atomics.load(counters, CONSUMED); produced - seen >= AHEAD; seen = Atomics.load(counters, CONSUMED)) {
        Atomics.wait(counters, CONSUMED, seen, 1000);
      }
      send({ batch });
      batch = [];
    }
    if (batch.length) send({ batch });
    send({ done: true });
  } catch (e) {
    send({ error: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
}

// The worker loads the same bundle; this is where it starts.
if (!isMainThread && (workerData as Partial<WorkerInput> | null)?.kind === KIND) makeStories(workerData as WorkerInput);
