/** STUB (to be replaced by the owner of this command). */
import type { Command } from '../command.ts';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'not available yet',
  usage: 'corroborate ingest',
  async run(_argv, io) {
    io.stderr('corroborate ingest: not available yet\n');
    return 2;
  },
};
