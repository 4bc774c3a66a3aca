import { relative } from 'node:path';
import { readJsonFile } from './json-file';

/** Where the cdktf CLI passes the cdktf.json context to the app (cdktf's CONTEXT_ENV). */
export const CDKTF_CONTEXT_ENV = 'CDKTF_CONTEXT_JSON';

/**
 * The context to prime an App with. Under the cdktf CLI, CDKTF_CONTEXT_JSON carries the
 * cdktf.json context and the App reads it itself; run directly (`tsx main.ts`), the app
 * falls back to the context in cdktf.json.
 */
export function fallbackContext(cdktfJsonPath: string, env: NodeJS.ProcessEnv = process.env): Record<string, unknown> {
  if (env[CDKTF_CONTEXT_ENV] !== undefined) {
    return {};
  }
  const cdktfJson = readJsonFile(relative(process.cwd(), cdktfJsonPath) || cdktfJsonPath) as { context?: Record<string, unknown> };
  return cdktfJson.context ?? {};
}
