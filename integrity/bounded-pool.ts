/**
 * Runs at most `size` tasks at once and hands back results as they finish. The producer adds a
 * task only after `full` is false again, so memory holds `size` tasks however many there are.
 */
export class BoundedPool<T> {
  private readonly running = new Map<number, Promise<{ id: number; value: T }>>();
  private nextId = 0;

  constructor(private readonly size: number) {}

  get full(): boolean {
    return this.running.size >= this.size;
  }

  get empty(): boolean {
    return this.running.size === 0;
  }

  add(task: () => Promise<T>): void {
    const id = this.nextId++;
    this.running.set(id, task().then((value) => ({ id, value })));
  }

  /** The result of whichever running task finishes first. */
  async next(): Promise<T> {
    const { id, value } = await Promise.race(this.running.values());
    this.running.delete(id);
    return value;
  }
}
