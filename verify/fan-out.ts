/**
 * Runs tasks with at most `limit` in flight, keeping the input order of the results. AWS
 * throttles per account and API; a bound keeps a large organization from tripping it.
 */
export async function boundedMap<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>, onDone?: (done: number, total: number) => void): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
      done += 1;
      onDone?.(done, items.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
