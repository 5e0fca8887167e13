// The CSV that Swedish Excel opens on a double-click. BOM: Excel reads a CSV without one in the
// machine's ANSI code page (https://support.microsoft.com/office/import-or-export-text-txt-or-csv-files-5250ac4c-663c-47ce-937b-339e391393ba);
// quoting per RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180); formula cells per OWASP
// (https://owasp.org/www-community/attacks/CSV_Injection).
import { csvNumber, csvText, parseCsv, toCsv } from '../../src/domain/csv';
import { scorecardCsvRows, scorecardTables, TableLabels } from '../../src/domain/scorecardTables';
import { computeScorecard } from '../../src/domain/scorecard';

describe('CSV for Swedish Excel', () => {
  it('starts with the UTF-8 byte order mark, separates with semicolons and ends lines with CRLF', () => {
    const csv = toCsv([['Område', 'Antal'], ['Ledarskap och självkännedom', 12]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1)).toBe('Område;Antal\r\nLedarskap och självkännedom;12\r\n');
  });

  it('writes decimals with a comma and no thousands separator', () => {
    expect(csvNumber(66.7)).toBe('66,7');
    expect(csvNumber(1234.5)).toBe('1234,5');
    expect(csvNumber(2, 1)).toBe('2,0');
    expect(csvNumber(-0.25)).toBe('-0,25');
    expect(csvNumber(NaN)).toBe('');
    expect(toCsv([[3.5, 12]])).toBe('\uFEFF3,5;12\r\n');
  });

  it('writes dates as ÅÅÅÅ-MM-DD and refuses to pass anything else as a date unquoted', () => {
    expect(toCsv([[{ date: '2026-01-31' }]])).toBe('\uFEFF2026-01-31\r\n');
    expect(toCsv([[{ date: '=1+1' }]])).toBe("\uFEFF'=1+1\r\n");
  });

  it('quotes cells holding the separator, quotes or line breaks', () => {
    expect(csvText('Prové; Semcon')).toBe('"Prové; Semcon"');
    expect(csvText('Kurs "UGL"')).toBe('"Kurs ""UGL"""');
    expect(csvText('rad ett\nrad två')).toBe('"rad ett\nrad två"');
    expect(csvText('vanlig text')).toBe('vanlig text');
  });

  it('neutralises text that Excel would run as a formula', () => {
    for (const hostile of ['=HYPERLINK("http://x.example","klicka")', '+46 70 123', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const cell = csvText(hostile);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(unquoted.startsWith("'")).toBe(true);
      expect(unquoted.slice(1)).toBe(hostile);
    }
    // Numbers are numbers: a negative value is not text and keeps its sign.
    expect(toCsv([[-3]])).toBe('\uFEFF-3\r\n');
  });

  it('reads back what it wrote', () => {
    const rows = [['a;b', 'c"d', 'e\r\nf', ''], ['x', '', '=1', 'ö']];
    expect(parseCsv(toCsv(rows))).toEqual([['a;b', 'c"d', 'e\r\nf', ''], ['x', '', "'=1", 'ö']]);
  });
});

describe('scorecard CSV', () => {
  const labels: TableLabels = {
    titles: { overview: 'Översikt', ranks: 'Rang', declines: 'Avböjanden', leadTimes: 'Ledtider', adaptations: 'Anpassningar', gender: 'Kön', evaluation: 'Utvärdering' },
    measure: 'Mått', value: 'Värde',
    overview: { orders: 'Avrop', requestedParticipants: 'Deltagare', actualParticipants: 'Faktiska', completed: 'Genomförda', accepted: 'Antagna', rankOneShare: 'Andel rang 1 (%)', answers: 'Svar', answersAfterDeadline: 'Sena svar', noSupplier: 'Ingen leverantör', cancelled: 'Avbrutna' },
    rank: 'Rang', rankValue: (r) => `Rang ${r}`, orders: 'Avrop', supplier: 'Leverantör', reason: 'Skäl',
    reasons: { 'Avböjt: saknar kapacitet': 'Kapacitet', 'Avböjt: kan inte starta i tid': 'Tid', 'Inget svar före svarstiden': 'Inget svar', Annat: 'Annat' },
    declines: 'Antal', leadTime: 'Ledtid', leadTimes: { submittedToSent: 'a', sentToAnswer: 'b', submittedToAccepted: 'c', acceptedToStart: 'd' },
    measured: 'Antal', medianDays: 'Median', p90Days: 'P90', adaptation: 'Anpassning',
    adaptations: { Teckenspråkstolk: 'T', Skrivtolk: 'S', Hörslinga: 'H', 'Tillgänglig lokal utan trappsteg': 'L', 'Material i förväg': 'F', 'Material i tillgängligt format': 'M', 'Pauser och anpassat tempo': 'P', Annat: 'A' },
    area: 'Område', allAreas: 'Alla', reported: 'Rapporterade', women: 'Kvinnor', men: 'Män', otherOrUnstated: 'Annat', tooFew: 'färre än 5',
    score: 'Betyg', evaluations: 'Antal', meanScore: 'Medel'
  };

  it('holds every table under its title, with a hostile supplier name neutralised', () => {
    const card = computeScorecard([]);
    card.declines = [{ supplierKey: 'evil', reason: 'Annat', count: 2 }];
    card.rankOneShare = 2 / 3;
    const tables = scorecardTables(card, labels, { area: (k) => k, supplier: () => '=cmd|"/c calc"!A1' });
    const parsed = parseCsv(toCsv(scorecardCsvRows(tables, [['Från', { date: '2026-01-01' }]])));
    expect(parsed[0]).toEqual(['Från', '2026-01-01']);
    expect(parsed.filter((row) => row.length === 1 && tables.some((t) => t.title === row[0])).map((row) => row[0])).toEqual(tables.map((t) => t.title));
    expect(parsed).toContainEqual(["'=cmd|\"/c calc\"!A1", 'Annat', '2']);
    expect(parsed).toContainEqual(['Andel rang 1 (%)', '66,7']);
  });

  it('says which cells are list content (names as the lists have them), so a page can mark their language', () => {
    const card = computeScorecard([]);
    card.declines = [{ supplierKey: 'prove', reason: 'Annat', count: 1 }];
    card.gender = [{ areaKey: 'ugl-ul-il', reported: 0 } as never, { areaKey: '', reported: 0 } as never];
    const tables = scorecardTables(card, labels, { area: (k) => k, supplier: (k) => k });
    const byId = (id: string) => tables.find((t) => t.id === id)!;
    expect([byId('declines').listCell?.(0, 0), byId('declines').listCell?.(0, 1)]).toEqual([true, false]);
    // The gender table's area names are list content; its "all areas" row is a label.
    expect([byId('gender').listCell?.(0, 0), byId('gender').listCell?.(1, 0)]).toEqual([true, false]);
    expect(byId('overview').listCell).toBeUndefined();
  });
});
