/** Small generators the sources share to shape their batch streams. */

/** Each source's items in turn, the first one's all before the second one's. */
export async function* concat<T>(...sources: (AsyncIterable<T> | Iterable<T>)[]): AsyncGenerator<T> {
  for (const source of sources) yield* source;
}

/** Items as batches of one: the shape a source yields. */
export async function* oneAtATime<T>(items: AsyncIterable<T>): AsyncGenerator<readonly T[]> {
  for await (const item of items) yield [item];
}

/** One value as a stream: text a source already holds, for a reader that takes chunks. */
export async function* only<T>(value: T): AsyncGenerator<T> {
  yield value;
}

/** The stream `make` returns, started only when it is first read (a query that can wait for the rest). */
export async function* later<T>(make: () => Promise<AsyncIterable<T> | Iterable<T>>): AsyncGenerator<T> {
  yield* await make();
}
