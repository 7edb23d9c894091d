// What DataPanel loads when a learner exports or imports, as one chunk: the export file's zod
// schemas and the code that reads and writes every table.
export { exportFileName, parseExportFile } from '../../db/exportFile';
export { exportProgress, importProgress, summarizeImport } from '../../db/exportImport';
