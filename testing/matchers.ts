import { checkControls, controlFailures, type ControlsInput } from './assert-controls';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** The stack (or stacks, or plan) meets every one of these Security Hub controls. */
      toMeetControls(controls: readonly string[]): R;
    }
  }
}

/** The jest matchers: `expect.extend(controlMatchers)`, or call `setupControlMatchers()` once. */
export const controlMatchers = {
  toMeetControls(received: ControlsInput, controls: readonly string[]) {
    const failures = controlFailures(checkControls(received, controls));
    return {
      pass: failures.length === 0,
      message: () => (failures.length === 0
        ? `expected not to meet ${controls.join(', ')}, but every one is met`
        : `expected to meet every control; ${failures.length} of ${controls.length} not met:\n  ${failures.join('\n  ')}`),
    };
  },
};

/** Registers `toMeetControls` with jest's global `expect`. */
export function setupControlMatchers(): void {
  const jestExpect = (globalThis as { expect?: { extend(matchers: object): void } }).expect;
  if (jestExpect === undefined) throw new Error('setupControlMatchers: no global expect; call it from a jest setup file or test');
  jestExpect.extend(controlMatchers);
}
