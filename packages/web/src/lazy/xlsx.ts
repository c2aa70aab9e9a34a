/**
 * The Excel checklist codec (@sisc/spreadsheet), loaded only when a workbook is opened or saved,
 * so the page is usable at once. The page passes its own releases to the reader, which refuses a
 * workbook of another criteria version or digest.
 */
export { readChecklistWorkbook, renderChecklistWorkbook } from '@sisc/spreadsheet';
