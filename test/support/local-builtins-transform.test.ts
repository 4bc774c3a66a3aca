import { runInContext, createContext } from 'node:vm';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { withBuiltIns, createTransformer } = require('./local-builtins-transform') as {
  withBuiltIns: (code: string) => string;
  createTransformer: (options?: object) => { process: (source: string, filename: string, options: object) => { code: string } };
};

/** Runs `code` as jest would, inside a module function in a vm context, and returns what it exports. */
function load(code: string, context = createContext({})): any {
  const module = { exports: {} as any };
  runInContext(`(function (module, exports) {${code}\n})`, context)(module, module.exports);
  return module.exports;
}

describe('local-builtins-transform', () => {
  it('binds the built-ins as module variables, so the module keeps the ones it loaded with', () => {
    const context = createContext({});
    const exported = load(withBuiltIns('module.exports = { math: () => Math, array: () => Array };'), context);
    const loadedMath = exported.math();
    runInContext('globalThis.Math = { replaced: true }', context);
    expect(exported.math()).toBe(loadedMath);
    expect(exported.math().imul(3, 4)).toBe(12);
    expect(exported.array().isArray([])).toBe(true);
  });

  it('keeps a strict module strict, and after leading comments too', () => {
    for (const source of ['"use strict";\nmodule.exports = function () { return this; };', "/* licence */\n// note\n'use strict'\nmodule.exports = function () { return this; };"]) {
      expect(load(withBuiltIns(source))()).toBeUndefined();
    }
    expect(load(withBuiltIns('module.exports = function () { return this; };'))()).toBeDefined();
  });

  it('answers at once for a module with many leading comments and no directive', () => {
    // An ambiguous pattern backtracked exponentially here: 50 slashes took over 20 s.
    for (const source of [`${'/'.repeat(60)}x\nmodule.exports = 1;`, `${'/* a */'.repeat(60)} module.exports = 1;`, `${'// a\n'.repeat(60)}module.exports = 1;`]) {
      expect(load(withBuiltIns(source))).toBe(1);
    }
    expect(withBuiltIns(`${'/* a */ '.repeat(60)}'use strict';`)).toMatch(/'use strict';;var Object/);
  });

  it('moves no line: the binding goes on the first one', () => {
    const source = '"use strict";\nconst a = 1;\n\nmodule.exports = a;\n';
    const lines = withBuiltIns(source).split('\n');
    expect(lines).toHaveLength(source.split('\n').length);
    expect(lines.slice(1)).toEqual(source.split('\n').slice(1));
  });

  it('does not bind Date or the timers, which jest\'s fake timers replace', () => {
    expect(withBuiltIns('')).not.toMatch(/\b(Date|setTimeout|setInterval|queueMicrotask|console|process) =/);
  });

  it('compiles TypeScript with swc first when given swc options', () => {
    const transformer = createTransformer({ swc: { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } } });
    const { code } = transformer.process('export const n: number = Math.max(1, 2);', 'example.ts', { supportsStaticESM: false });
    expect(load(code).n).toBe(2);
    expect(code.split('\n')[0]).toMatch(/^"use strict";;var Object = globalThis\.Object/);
  });
});
