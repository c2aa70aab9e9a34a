/** Which files are read as spreadsheets: apart from the reading, so that it loads only for one. */
export type SpreadsheetKind = 'xlsx' | 'csv';

/** A file sisc reads as a spreadsheet: by its name (.xlsx, .csv). */
export function spreadsheetKind(spec: string): SpreadsheetKind | undefined {
  if (/\.xlsx$/i.test(spec)) return 'xlsx';
  if (/\.csv$/i.test(spec)) return 'csv';
  return undefined;
}
