/**
 * Reads single key presses from a terminal in raw mode (no Enter needed, no echo), and always puts
 * the terminal back as it was, whatever `use` does. Ctrl-C arrives as "\u0003" in raw mode: the caller
 * decides what it means.
 */
export async function withKeyPresses<T>(stdin: NodeJS.ReadStream, use: (nextKey: () => Promise<string>) => Promise<T>): Promise<T> {
  const pending: string[] = [];
  const waiting: ((key: string) => void)[] = [];
  const onData = (data: Buffer | string): void => {
    for (const key of data.toString()) {
      const resolve = waiting.shift();
      if (resolve) resolve(key);
      else pending.push(key);
    }
  };
  // The stream ending (the terminal went away) reads as Ctrl-D: the caller stops.
  const onEnd = (): void => onData('\u0004');
  stdin.setRawMode(true);
  stdin.on('data', onData);
  stdin.on('end', onEnd);
  stdin.resume();
  try {
    return await use(() => new Promise<string>((resolve) => (pending.length > 0 ? resolve(pending.shift() as string) : waiting.push(resolve))));
  } finally {
    stdin.off('data', onData);
    stdin.off('end', onEnd);
    stdin.setRawMode(false);
    stdin.pause();
  }
}
