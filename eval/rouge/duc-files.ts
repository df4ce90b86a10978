/**
 * The DUC 2004 folder as SumRepo ships it: references/<cluster>.M.100.T.<annotator>, systems/<cluster>.<System>,
 * docs/<cluster>t/<docno>. Reads files; eval code only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DucCluster {
  /** Lower-case cluster id, e.g. d30001. */
  id: string;
  references: string[];
  /** System name → its summary. */
  systems: Map<string, string>;
  /** Folder of the cluster's source documents. */
  docsDir: string;
}

export function readDucClusters(root: string): DucCluster[] {
  const refs = readdirSync(join(root, 'references')).sort();
  const systems = readdirSync(join(root, 'systems')).sort();
  const docDirs = readdirSync(join(root, 'docs')).sort();
  const ids = [...new Set(refs.map((f) => f.split('.')[0].toLowerCase()))].sort();
  return ids.map((id) => ({
    id,
    references: refs.filter((f) => f.toLowerCase().startsWith(id + '.')).map((f) => readFileSync(join(root, 'references', f), 'latin1')),
    systems: new Map(
      systems.filter((f) => f.toLowerCase().startsWith(id + '.'))
        .map((f) => [f.slice(f.indexOf('.') + 1), readFileSync(join(root, 'systems', f), 'latin1')] as const),
    ),
    docsDir: join(root, 'docs', docDirs.find((d) => d.toLowerCase().startsWith(id)) ?? id),
  }));
}
