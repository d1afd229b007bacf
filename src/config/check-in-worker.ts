import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { backtrackingCheckOf, CUSTOM_PATTERN_BUDGET, NOT_STARTED, OUT_OF_BUDGET, UNREADABLE, type BacktrackingCheck, type BacktrackingVerdict } from './pattern-safety';

/**
 * redos-detector's own timeout is read between its steps, and one step of a long pattern can take
 * seconds and gigabytes, so the bound is enforced from outside: each check runs in a worker thread with
 * a small heap, and the main thread waits for its answer until a deadline, then terminates the thread.
 * The heap figures keep the whole process (about 60 MB before the check) well under 200 MB.
 */
const CHECKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8, codeRangeSizeMb: 8, stackSizeMb: 4 };
/** Starting a thread and loading redos-detector takes 20-60 ms of CPU; this is for a machine under load. */
const START_MILLISECONDS = 5000;
/** How much longer than its CPU time a check may take by the clock on a busy machine, at most. */
const WALL_CLOCK_FACTOR = 10;

/**
 * The yardstick of this machine's speed: a plain name-and-value rule, which every thread checks first,
 * cold, as a new thread checks a user's first pattern. Measured: 40-60 ms of CPU on the machine that
 * set the 100 ms budget, 150-250 ms on one three times slower, where the same ordinary pattern then
 * took 95-175 ms and was refused. A budget in milliseconds alone would accept a config on a laptop and
 * refuse it in CI.
 */
const REFERENCE_CHECK = backtrackingCheckOf(/acme[_-]?token\s{0,4}=\s{0,4}(?<secret>[A-Za-z0-9]{20,64})/, CUSTOM_PATTERN_BUDGET);
/** A check may take the budget, or this many times the reference check on a machine slow enough. */
const REFERENCE_FACTOR = 2;

/**
 * The worker's whole program, evaluated as CommonJS in the thread (a file would be .ts under the
 * tests). It counts its answers in the shared Int32Array, after posting each one, so that the main
 * thread, blocked in Atomics.wait, is woken once the answer is there to take. A thrown parser error
 * is answered as "unreadable" without its message: it quotes the pattern.
 */
const CHECKER_PROGRAM = `
const { workerData } = require('node:worker_threads');
const { isSafePattern } = require(workerData.detector);
const answers = new Int32Array(workerData.answers);
const answer = (reply) => { workerData.port.postMessage(reply); Atomics.add(answers, 0, 1); Atomics.notify(answers, 0); };
const check = ({ source, options }) => {
  try { const result = isSafePattern(source, options); return { safe: result.safe, error: result.error }; }
  catch { return ${JSON.stringify(UNREADABLE)}; }
};
workerData.port.on('message', (request) => answer(check(request)));
const before = process.cpuUsage();
check(workerData.reference);
const spent = process.cpuUsage(before);
answer({ referenceMilliseconds: (spent.user + spent.system) / 1000 });
`;

/**
 * Runs each check in one worker thread, synchronously (config loading is synchronous), each within
 * `milliseconds`. A check that runs out of time or memory gets OUT_OF_BUDGET, and the checks after it
 * go to a fresh thread.
 */
export function checkEachInWorker(checks: readonly BacktrackingCheck[], milliseconds: number): BacktrackingVerdict[] {
  const verdicts: BacktrackingVerdict[] = [];
  let checker: CheckerThread | undefined;
  for (const check of checks) {
    checker ??= CheckerThread.start();
    const verdict = checker === undefined ? NOT_STARTED : checker.check(check, milliseconds);
    if (checker !== undefined && verdict === OUT_OF_BUDGET) {
      checker.stop();
      checker = undefined;
    }
    verdicts.push(verdict);
  }
  checker?.stop();
  return verdicts;
}

class CheckerThread {
  private readonly answers = new Int32Array(new SharedArrayBuffer(4));
  private readonly channel = new MessageChannel();
  private readonly worker: Worker;
  private expected = 1;
  /** The CPU time the reference check took in this thread (REFERENCE_CHECK). */
  private referenceMilliseconds = 0;

  private constructor() {
    const port: MessagePort = this.channel.port2;
    this.worker = new Worker(CHECKER_PROGRAM, {
      eval: true,
      workerData: { answers: this.answers.buffer, port, detector: require.resolve('redos-detector'), reference: withTimeout(REFERENCE_CHECK, START_MILLISECONDS) },
      transferList: [port],
      resourceLimits: CHECKER_LIMITS,
    });
    // An out-of-memory thread emits 'error' once this thread's event loop runs again, long after its
    // check was refused; unheard, the event would end the process.
    this.worker.on('error', () => undefined);
    this.worker.unref();
  }

  /** A thread ready for checks, or undefined when it did not start in time (it is then stopped). */
  static start(): CheckerThread | undefined {
    const thread = new CheckerThread();
    if (thread.waitForAnswer(START_MILLISECONDS)) {
      const started = receiveMessageOnPort(thread.channel.port1)?.message as { referenceMilliseconds?: number } | undefined;
      thread.referenceMilliseconds = started?.referenceMilliseconds ?? 0;
      return thread;
    }
    thread.stop();
    return undefined;
  }

  check(check: BacktrackingCheck, budgetMilliseconds: number): BacktrackingVerdict {
    const milliseconds = Math.max(budgetMilliseconds, REFERENCE_FACTOR * this.referenceMilliseconds);
    // redos-detector's own limit reads the clock, which on a busy machine refuses simple patterns; the
    // CPU time below is the bound, and its limit only the clock's backstop.
    this.channel.port1.postMessage(withTimeout(check, milliseconds * WALL_CLOCK_FACTOR));
    if (!this.waitForAnswer(milliseconds)) return OUT_OF_BUDGET;
    return (receiveMessageOnPort(this.channel.port1)?.message as BacktrackingVerdict | undefined) ?? OUT_OF_BUDGET;
  }

  stop(): void {
    this.channel.port1.close();
    void this.worker.terminate();
  }

  /**
   * Whether the thread's next answer arrived before the process spent `milliseconds` of CPU time on it
   * (this thread sleeps meanwhile, so the time is the checker's) or WALL_CLOCK_FACTOR times that passed.
   * CPU time rather than the clock: on a busy machine a simple pattern's check can wait 100 ms for a
   * core, and must not be refused for it.
   */
  private waitForAnswer(milliseconds: number): boolean {
    const cpuAtStart = process.cpuUsage();
    const deadline = performance.now() + milliseconds * WALL_CLOCK_FACTOR;
    for (let count = Atomics.load(this.answers, 0); count < this.expected; count = Atomics.load(this.answers, 0)) {
      const used = process.cpuUsage(cpuAtStart);
      const cpuLeft = milliseconds - (used.user + used.system) / 1000;
      const wallLeft = deadline - performance.now();
      if (cpuLeft <= 0 || wallLeft <= 0) return false;
      // The checker cannot spend more CPU time than the clock shows passing: sleeping for what is left of
      // its CPU time never oversleeps the budget.
      Atomics.wait(this.answers, 0, count, Math.min(cpuLeft, wallLeft));
    }
    this.expected++;
    return true;
  }
}

/** `check` with redos-detector's own time limit set to `milliseconds`. */
function withTimeout(check: BacktrackingCheck, milliseconds: number): BacktrackingCheck {
  return { ...check, options: { ...check.options, timeout: milliseconds } };
}
