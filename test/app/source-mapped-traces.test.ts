import { withoutSourceMappedTraces } from '../../app/source-mapped-traces';

describe('withoutSourceMappedTraces', () => {
  const initial = process.sourceMapsEnabled;
  afterEach(() => process.setSourceMapsEnabled(initial));

  it('switches source-mapped traces off while building and returns the result', () => {
    process.setSourceMapsEnabled(true);
    const seen = withoutSourceMappedTraces(() => process.sourceMapsEnabled);
    expect(seen).toBe(false);
    expect(process.sourceMapsEnabled).toBe(true);
  });

  it('restores them when the build throws, and lets the error through', () => {
    process.setSourceMapsEnabled(true);
    expect(() =>
      withoutSourceMappedTraces(() => {
        throw new Error('construct failed');
      }),
    ).toThrow(/^construct failed$/);
    expect(process.sourceMapsEnabled).toBe(true);
  });

  it('leaves them off when they were off', () => {
    process.setSourceMapsEnabled(false);
    withoutSourceMappedTraces(() => undefined);
    expect(process.sourceMapsEnabled).toBe(false);
  });
});
