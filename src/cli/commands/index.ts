import type { Command } from '../command.ts';
import { briefCommand } from './brief.ts';
import { extractCommand } from './extract.ts';
import { ingestCommand } from './ingest.ts';
import { storiesCommand } from './stories.ts';
import { searchCommand } from './search.ts';
import { clusterCommand } from './cluster.ts';

export const COMMANDS: readonly Command[] = [
  briefCommand, extractCommand, ingestCommand, storiesCommand, searchCommand, clusterCommand,
];
