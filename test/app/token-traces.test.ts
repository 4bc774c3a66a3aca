import { Lazy } from 'cdktf';
import { skippingTokenTraces, withoutTokenTraces } from '../../app/token-traces';

// V8's own formatting, as in a user's process; jest's own formatter is put back after the file.
const useV8Format = (): boolean => Reflect.deleteProperty(Error, 'prepareStackTrace');
const jestFormat = Error.prepareStackTrace;
afterAll(() => (Error.prepareStackTrace = jestFormat));
const creationStackOf = (): string[] => (Lazy.anyValue({ produce: () => 1 }) as unknown as { creationStack: string[] }).creationStack;

describe('withoutTokenTraces', () => {
  const initialSourceMaps = process.sourceMapsEnabled;
  beforeEach(useV8Format);
  afterEach(() => {
    process.setSourceMapsEnabled(initialSourceMaps);
    useV8Format();
    delete process.env.TRAILGUARD_TOKEN_TRACES;
  });

  it('records no trace for the tokens cdktf creates while building, and one again afterwards', () => {
    expect(creationStackOf().length).toBeGreaterThan(3);
    expect(withoutTokenTraces(creationStackOf)).toEqual([]);
    expect(creationStackOf().length).toBeGreaterThan(3);
  });

  it('keeps the traces with TRAILGUARD_TOKEN_TRACES=1, for debugging a resolution error', () => {
    process.env.TRAILGUARD_TOKEN_TRACES = '1';
    expect(withoutTokenTraces(creationStackOf).length).toBeGreaterThan(3);
  });

  it('switches source-mapped traces off while building and restores them', () => {
    process.setSourceMapsEnabled(true);
    expect(withoutTokenTraces(() => process.sourceMapsEnabled)).toBe(false);
    expect(process.sourceMapsEnabled).toBe(true);
  });

  it('leaves source maps off when they were off', () => {
    process.setSourceMapsEnabled(false);
    withoutTokenTraces(() => undefined);
    expect(process.sourceMapsEnabled).toBe(false);
  });

  it('lets an error through, restores the formatter, and the error shows the formatter of where it is read', () => {
    const marked: NonNullable<typeof Error.prepareStackTrace> = (error) => `marked: ${String(error)}`;
    Error.prepareStackTrace = marked;
    let thrown: Error | undefined;
    try {
      withoutTokenTraces(() => {
        throw new Error('construct failed');
      });
    } catch (error) {
      thrown = error as Error;
    }
    expect(Error.prepareStackTrace).toBe(marked);
    expect(thrown?.message).toBe('construct failed');
    expect(thrown?.stack).toBe('marked: Error: construct failed');
  });
});

describe('skippingTokenTraces', () => {
  afterEach(useV8Format);

  it('gives a capture onto a plain object no stack, and an error the stack V8 would give it', () => {
    Error.prepareStackTrace = skippingTokenTraces(undefined);
    const capture = { stack: 'unset' };
    Error.captureStackTrace(capture);
    expect(capture.stack).toBe('');
    const error = new Error('boom');
    expect(error.stack).toMatch(/^Error: boom\n {4}at .*token-traces\.test\.ts:\d+:\d+/);
  });

  it('hands errors to the formatter it wraps', () => {
    Error.prepareStackTrace = skippingTokenTraces((error, frames) => `wrapped ${String(error)} ${frames.length > 0}`);
    expect(new Error('boom').stack).toBe('wrapped Error: boom true');
  });
});
