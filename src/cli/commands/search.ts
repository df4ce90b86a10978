/** STUB (to be replaced by the owner of this command). */
import type { Command } from '../command.ts';

export const searchCommand: Command = {
  name: 'search',
  summary: 'not available yet',
  usage: 'corroborate search',
  async run(_argv, io) {
    io.stderr('corroborate search: not available yet\n');
    return 2;
  },
};
