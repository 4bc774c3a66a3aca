import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fakeOrganization, writeVerifyConfig } from './verify-harness';

jest.setTimeout(120_000);

// The command reads the real clock, so the fake organization delivers as of now.
const org = fakeOrganization(() => new Date());
const configPath = writeVerifyConfig();

describe('trailguard verify through bin/trailguard.js', () => {
  it('ends quietly with exit 0 when the reader has closed the pipe (verify | head -1)', async () => {
    org.fake().state.trail.status.IsLogging = false;
    // The real binary, with the reader gone before verify writes: its first write meets EPIPE.
    const child = spawn(process.execPath, ['bin/trailguard.js', 'verify', '--config', configPath], { cwd: join(__dirname, '..', '..'), env: process.env });
    child.stdout.destroy();
    const stderr: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const [code] = await once(child, 'close');
    // The SDK warns about this machine's Node version on its own; nothing else may be written.
    const written = Buffer.concat(stderr).toString('utf8').replace(/\(node:\d+\) Warning: NodeVersionSupportWarning[\s\S]*?to show where the warning was created\)\n/, '');
    expect(written).toBe('');
    expect(code).toBe(0);
  });

});
