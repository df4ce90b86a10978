/** STUB (to be replaced by the owner of this command). */
import type { Command } from '../command.ts';

export const clusterCommand: Command = {
  name: 'cluster',
  summary: 'not available yet',
  usage: 'corroborate cluster',
  async run(_argv, io) {
    io.stderr('corroborate cluster: not available yet\n');
    return 2;
  },
};
