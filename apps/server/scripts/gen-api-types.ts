import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openApiDocument } from '@signoff/api';
import { API_TYPES_FILE, generateApiTypes } from '../src/rest-client/generate-api-types.js';

// Starts nothing: the document comes from the same declarations the server serves.
const source = await generateApiTypes(openApiDocument());
await writeFile(API_TYPES_FILE, source);
console.log(`wrote ${fileURLToPath(API_TYPES_FILE)} (${source.split('\n').length} lines)`);
