/** STUB (to be replaced by the owner of this command). */
import type { Command } from '../command.ts';

export const storiesCommand: Command = {
  name: 'stories',
  summary: 'not available yet',
  usage: 'corroborate stories',
  async run(_argv, io) {
    io.stderr('corroborate stories: not available yet\n');
    return 2;
  },
};
