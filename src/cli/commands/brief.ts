/** STUB (to be replaced by the owner of this command). */
import type { Command } from '../command.ts';

export const briefCommand: Command = {
  name: 'brief',
  summary: 'not available yet',
  usage: 'corroborate brief',
  async run(_argv, io) {
    io.stderr('corroborate brief: not available yet\n');
    return 2;
  },
};
