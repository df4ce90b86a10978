import { storeConformance } from './store.conformance.ts';
import { openMemoryStore } from './memory.ts';

storeConformance('the memory store', openMemoryStore);
