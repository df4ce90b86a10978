/** STUB (to be replaced by the owner of this command). */
import type { Command } from '../command.ts';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'not available yet',
  usage: 'corroborate extract',
  async run(_argv, io) {
    io.stderr('corroborate extract: not available yet\n');
    return 2;
  },
};
