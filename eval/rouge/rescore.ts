/** npx tsx eval/rouge/rescore.ts [shared dir]   re-scores the 13 DUC 2004 systems with our ROUGE and prints the table. */
import { resolve } from 'node:path';
import { readDucClusters } from './duc-files.ts';
import { formatTable, rescoreSystems } from './systems.ts';
import { DUC2004_OPTIONS } from './score.ts';

const shared = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../../../shared'));
const clusters = readDucClusters(resolve(shared, 'eval/duc2004'));
process.stdout.write(formatTable(rescoreSystems(clusters), `DUC 2004, ${clusters.length} dev clusters, ROUGE recall (%), WordNet exceptions on (ROUGE's shipped database)`) + '\n\n');
const bare = { ...DUC2004_OPTIONS, exceptions: false };
process.stdout.write(formatTable(rescoreSystems(clusters, bare), `The same with an empty exception database (Porter only)`) + '\n');
