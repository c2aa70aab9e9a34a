/**
 * CSV that opens correctly in Excel: UTF-8 with a byte order mark (so Excel reads Japanese text
 * as UTF-8), CRLF line ends, every field quoted with quotes doubled (so commas, quotes and line
 * breaks inside a field are kept). Against spreadsheet formula injection, a field that starts
 * with = + - @, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it
 * as text instead of evaluating it.
 */
const BOM = '\uFEFF';

export function csvField(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
