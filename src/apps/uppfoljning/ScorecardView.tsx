// The scorecard of the applied period: filters (applied in the browser, no new read), a summary
// that a live region announces, the CSV download, the print view and one section per key figure.
import * as React from 'react';
import { DefaultButton, Dropdown, IDropdownOption, MessageBar, Stack } from '@fluentui/react';
import { CsvCell, toCsv } from '../../domain/csv';
import { compareSwedish } from '../../domain/ranking';
import { computeScorecard, filterRecords, FollowUpRecord, ScorecardFilter } from '../../domain/scorecard';
import { filterHeading, scorecardCsvRows, scorecardTables, TableLabels, TableNames } from '../../domain/scorecardTables';
import { Catalogue } from '../../domain/types';
import { Lang } from '../shared/appTypes';
import { format, LangContext, useStrings } from '../../i18n/strings';
import { downloadCsv } from '../../components/csvDownload';
import { Period } from './periods';
import { ScorecardSection } from './ScorecardSection';
import { adaptationLabels, reasonLabels, strings } from './strings';

type Text = Record<keyof typeof strings.sv, string>;

function tableLabels(t: Text, lang: Lang): TableLabels {
  return {
    titles: { overview: t.tOverview, ranks: t.tRanks, declines: t.tDeclines, leadTimes: t.tLeadTimes, adaptations: t.tAdaptations, gender: t.tGender, evaluation: t.tEvaluation },
    measure: t.measure,
    value: t.value,
    overview: {
      orders: t.oOrders, requestedParticipants: t.oRequested, actualParticipants: t.oActual, completed: t.oCompleted, accepted: t.oAccepted,
      rankOneShare: t.oRankOne, answers: t.oAnswers, answersAfterDeadline: t.oLate, noSupplier: t.oNoSupplier, cancelled: t.oCancelled
    },
    rank: t.rank,
    rankValue: (rank) => format(t.rankValue, { rank }),
    orders: t.orders,
    supplier: t.supplier,
    reason: t.reason,
    reasons: reasonLabels(lang),
    declines: t.declines,
    leadTime: t.leadTime,
    leadTimes: { submittedToSent: t.lSubmittedToSent, sentToAnswer: t.lSentToAnswer, submittedToAccepted: t.lSubmittedToAccepted, acceptedToStart: t.lAcceptedToStart },
    measured: t.measured,
    medianDays: t.median,
    p90Days: t.p90,
    adaptation: t.adaptation,
    adaptations: adaptationLabels(lang),
    area: t.area,
    allAreas: t.allAreas,
    reported: t.reported,
    women: t.women,
    men: t.men,
    otherOrUnstated: t.otherOrUnstated,
    tooFew: t.tooFew,
    score: t.score,
    evaluations: t.evaluations,
    meanScore: t.meanScore
  };
}

const PRINT_CSS = `@media print {
  .uf-noprint { display: none !important; }
  .uf-section { break-inside: avoid; }
  .uf-table-wrap { overflow: visible !important; }
}`;

/** The filters, kept by the page so that they stay while another period loads. */
export interface Filters {
  areaKey: string;
  supplierKey: string;
  organisationKey: string;
}

export const NO_FILTERS: Filters = { areaKey: '', supplierKey: '', organisationKey: '' };

export function ScorecardView(props: { records: FollowUpRecord[]; period: Period; catalogue: Catalogue; filters: Filters; onFilters: (filters: Filters) => void }): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const { catalogue, period } = props;
  const { areaKey, supplierKey, organisationKey } = props.filters;
  const setAreaKey = (key: string): void => props.onFilters({ ...props.filters, areaKey: key });
  const setSupplierKey = (key: string): void => props.onFilters({ ...props.filters, supplierKey: key });
  const setOrganisationKey = (key: string): void => props.onFilters({ ...props.filters, organisationKey: key });
  const [exported, setExported] = React.useState(false);
  const names = React.useMemo(() => {
    const byKey = (items: Array<{ key: string; name: string }>) => new Map(items.map((i) => [i.key, i.name]));
    const areas = byKey(catalogue.areas.map((a) => ({ key: a.key, name: a.title })));
    const suppliers = byKey(catalogue.suppliers);
    const organisations = byKey(catalogue.organisations);
    return {
      area: (key: string) => areas.get(key) ?? key,
      supplier: (key: string) => suppliers.get(key) ?? key,
      organisation: (key: string) => organisations.get(key) ?? key
    } as TableNames & { organisation(key: string): string };
  }, [catalogue]);
  const filter: ScorecardFilter = { from: period.from, to: period.to, ...(areaKey ? { areaKey } : {}), ...(supplierKey ? { supplierKey } : {}), ...(organisationKey ? { organisationKey } : {}) };
  const filtered = React.useMemo(() => filterRecords(props.records, filter), [props.records, period.from, period.to, areaKey, supplierKey, organisationKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const card = React.useMemo(() => computeScorecard(filtered, supplierKey || undefined), [filtered, supplierKey]);
  const labels = React.useMemo(() => tableLabels(t, lang), [t, lang]);
  const tables = React.useMemo(() => scorecardTables(card, labels, names), [card, labels, names]);
  const number = React.useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 2, useGrouping: false }), [lang]);
  const formatCell = (cell: CsvCell): string => {
    if (cell === null || cell === undefined) return t.noValue;
    if (typeof cell === 'number') return number.format(cell).replace('\u2212', '-');
    if (typeof cell === 'object') return cell.date;
    return cell;
  };
  const options = (all: string, items: Array<{ key: string; text: string }>): IDropdownOption[] => [{ key: '', text: all }, ...items.sort((a, b) => compareSwedish(a.text, b.text))];
  const exportCsv = (): void => {
    const heading = filterHeading(filter, { from: t.from, to: t.to, area: t.area, supplier: t.supplier, organisation: t.organisation, all: t.all }, names);
    downloadCsv(`${t.fileName}-${period.from}-${period.to}.csv`, toCsv(scorecardCsvRows(tables, heading)));
    setExported(true);
  };
  React.useEffect(() => setExported(false), [filtered]);
  const summary = format(t.summary, { orders: card.orders, from: period.from, to: period.to });
  return (
    <div>
      <style>{PRINT_CSS}</style>
      <section aria-label={t.filters} className="uf-noprint">
        <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
          <Dropdown label={t.area} selectedKey={areaKey} options={options(t.allAreas, catalogue.areas.map((a) => ({ key: a.key, text: a.title })))} onChange={(_e, o) => setAreaKey(String(o?.key ?? ''))} styles={{ root: { width: 260, maxWidth: '100%' } }} />
          <Dropdown label={t.supplier} selectedKey={supplierKey} options={options(t.allSuppliers, catalogue.suppliers.map((s) => ({ key: s.key, text: s.name })))} onChange={(_e, o) => setSupplierKey(String(o?.key ?? ''))} styles={{ root: { width: 260, maxWidth: '100%' } }} />
          <Dropdown label={t.organisation} selectedKey={organisationKey} options={options(t.allOrganisations, catalogue.organisations.map((o) => ({ key: o.key, text: o.name })))} onChange={(_e, o) => setOrganisationKey(String(o?.key ?? ''))} styles={{ root: { width: 260, maxWidth: '100%' } }} />
        </Stack>
      </section>
      <p role="status" aria-live="polite" data-scorecard-summary="true" style={{ fontWeight: 600 }}>
        {summary} {exported ? t.exported : ''}
      </p>
      {card.orders === 0 ? (
        <MessageBar>{t.empty}</MessageBar>
      ) : (
        <>
          <Stack horizontal wrap tokens={{ childrenGap: 8 }} className="uf-noprint">
            <DefaultButton text={t.exportCsv} iconProps={{ iconName: 'Download' }} onClick={exportCsv} />
            <DefaultButton text={t.print} iconProps={{ iconName: 'Print' }} onClick={() => window.print()} />
          </Stack>
          {tables.map((table) => (
            <ScorecardSection key={table.id} table={table} format={formatCell} note={table.id === 'gender' ? t.genderNote : undefined} />
          ))}
        </>
      )}
    </div>
  );
}
