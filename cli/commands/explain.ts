import type { Command } from '../command';
import { UsageError } from '../command';

// Placeholder replaced by the decision-record renderer in the next commit.
export const explainCommand: Command = {
  summary: 'Print the decision record of a combination of purposes',
  async run() {
    throw new UsageError('not implemented yet');
  },
};
