/**
 * @sisc/spreadsheet — the SI Security Certification (SIセキュリティ認定制度) checklist as an Excel
 * workbook, and back: `renderChecklistWorkbook` writes the XLSX (byte-identical for the same
 * input), `readChecklistWorkbook` and `readChecklistCsv` read a filled-in workbook or CSV into an
 * assessment, with every problem an issue naming the sheet and cell. Runs unchanged in a browser.
 */
export { renderChecklistWorkbook, GENERATOR_VERSION, type WorkbookOptions } from './render-workbook.js';
export { readChecklistWorkbook, type WorkbookReadOptions } from './read-workbook.js';
export { readChecklistCsv, type CsvReadOptions } from './read-csv.js';
export { STATUS_VARIANTS, readStatus } from './_words.js';
export { MAX_CELL_CHARS, MAX_ROWS, type ReadOptions, type ReadResult } from './_assemble.js';
