// CSV as Swedish Excel opens it on a double-click: UTF-8 with a byte order mark (without it Excel
// reads the file as the machine's ANSI code page and å, ä, ö break), semicolons between cells
// (the list separator of Swedish Windows, where the comma is the decimal sign), decimal comma,
// dates as ÅÅÅÅ-MM-DD, and RFC 4180 quoting. Text that starts with = + - @ (or a tab or carriage
// return) would be run as a formula, so such cells get a leading apostrophe (OWASP "CSV Injection").
// Sources: https://www.rfc-editor.org/rfc/rfc4180, https://owasp.org/www-community/attacks/CSV_Injection,
// https://support.microsoft.com/office/import-or-export-text-txt-or-csv-files-5250ac4c-663c-47ce-937b-339e391393ba.

export type CsvCell = string | number | null | undefined | { date: string };

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A number with a decimal comma and no thousands separator (Excel reads "1 234" as text). */
export function csvNumber(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return '';
  const text = decimals === undefined ? String(value) : value.toFixed(decimals);
  return text.replace('.', ',');
}

/** A text cell: neutralised if it could start a formula, quoted if it holds ; " or a line break. */
export function csvText(value: string): string {
  let text = value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return csvNumber(value);
  if (typeof value === 'object') return /^\d{4}-\d{2}-\d{2}$/.test(value.date) ? value.date : csvText(value.date);
  return csvText(value);
}

/** The whole file, BOM first, CRLF line ends (what Excel writes itself). */
export function toCsv(rows: readonly CsvCell[][]): string {
  return CSV_BOM + rows.map((row) => row.map(cell).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}

/**
 * Reads a file `toCsv` wrote (or any RFC 4180 file with `;`): the rows as text cells, quotes
 * removed. For checks and round trips; the apostrophe that neutralises a formula is kept.
 */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === CSV_SEPARATOR) {
      row.push(cur);
      cur = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      continue;
    } else if (c === '\n') {
      row.push(cur);
      rows.push(row);
      row = [];
      cur = '';
    } else cur += c;
  }
  if (cur !== '' || row.length > 0) {
    row.push(cur);
    rows.push(row);
  }
  return rows;
}
