import * as React from 'react';
import { Icon, Link, useTheme } from '@fluentui/react';
import { isOverdue } from '../../domain/deadline';
import { showDate, showDateTime } from '../../components/pageFormat';
import { ListText } from '../../components/ListText';
import { WithSiteNames } from '../../components/SiteNames';
import { adaptationIn } from '../../domain/messageFormat';
import type { Catalogue, Order } from '../../domain/types';
import { format, formatNodes, LangContext, useStrings } from '../../i18n/strings';
import { courseTitle, trainingAreaTitles } from '../../domain/callOffRequest';
import { catalogueNames } from './deskContext';
import { formatLabel, reasonLabel, statusLabel, strings } from './strings';

type Row = [label: string, value: React.ReactNode];

function DefinitionList(props: { rows: Row[] }): JSX.Element {
  const theme = useTheme();
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'minmax(8em, 13em) 1fr', columnGap: 16, rowGap: 6, margin: 0 }}>
      {props.rows.map(([label, value]) => (
        <React.Fragment key={label}>
          <dt style={{ fontWeight: 600, color: theme.semanticColors.bodyText }}>{label}</dt>
          <dd style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value}</dd>
        </React.Fragment>
      ))}
    </dl>
  );
}

/** Where the order stands: status, supplier, deadline (an overdue one said in words, not colour alone) and the outcome. */
export function OrderSituation(props: { order: Order; catalogue: Catalogue; now: Date }): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const theme = useTheme();
  const { order } = props;
  const supplier = order.ranking.find((r) => r.supplierKey === order.assignedSupplierKey)?.supplierName || catalogueNames(props.catalogue).supplier(order.assignedSupplierKey);
  const overdue = isOverdue(order, props.now);
  const rows: Row[] = [
    [t.status, statusLabel(lang, order.status)],
    [t.assigned, order.assignedSupplierKey ? formatNodes(t.assignedValue, { supplier: <ListText>{supplier}</ListText>, rank: order.assignedRank }) : t.noneAssigned]
  ];
  if (order.sentAt) rows.push([t.sentAt, showDateTime(order.sentAt, lang)]);
  if (order.answerDeadline) {
    rows.push([
      t.deadline,
      <span key="deadline" data-testid="answer-deadline">
        {showDateTime(order.answerDeadline, lang)}
        {overdue ? (
          <strong style={{ display: 'block', color: theme.semanticColors.errorText }}>
            <Icon iconName="Warning" aria-hidden="true" style={{ marginRight: 4 }} />
            {t.deadlinePassed}
          </strong>
        ) : (
          order.status === 'Väntar på svar' && <span style={{ display: 'block' }}>{t.deadlineLeft}</span>
        )}
      </span>
    ]);
  }
  if (order.acceptedAt) rows.push([t.acceptedAt, showDateTime(order.acceptedAt, lang)]);
  if (order.startDate) rows.push([t.startDate, showDate(order.startDate, lang)]);
  if (order.completedAt) rows.push([t.completedAt, showDateTime(order.completedAt, lang)]);
  if (order.actualParticipants !== undefined) rows.push([t.actualParticipants, String(order.actualParticipants)]);
  if (order.participantsWomen !== undefined) rows.push([t.participantsWomen, String(order.participantsWomen)]);
  if (order.participantsMen !== undefined) rows.push([t.participantsMen, String(order.participantsMen)]);
  if (order.participantsOtherOrUnstated !== undefined) rows.push([t.participantsOther, String(order.participantsOtherOrUnstated)]);
  if (order.evaluationScore !== undefined) rows.push([t.evaluationScore, `${order.evaluationScore} / 5`]);
  if (order.cancelledAt) rows.push([t.cancelledAt, showDateTime(order.cancelledAt, lang)]);
  if (order.cancelReason) rows.push([t.cancelReason, <ListText key="reason">{order.cancelReason}</ListText>]);
  return (
    <section>
      <h3>{t.situation}</h3>
      <DefinitionList rows={rows} />
    </section>
  );
}

/** Everything the orderer filled in. */
export function OrderDetails(props: { order: Order; catalogue: Catalogue }): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const { order, catalogue } = props;
  const names = catalogueNames(catalogue);
  const text = (value: string): React.ReactNode => (value && value.trim() ? <ListText>{value}</ListText> : t.notGiven);
  const trainingAreas = trainingAreaTitles(order, catalogue);
  const mlang = lang === 'en-US' ? 'en' : 'sv';
  const adaptations = order.adaptations.map((a) =>
    a === 'Annat' && order.adaptationsOther.trim() ? (
      <React.Fragment key={a}>
        {adaptationIn(a, mlang)}: <ListText>{order.adaptationsOther.trim()}</ListText>
      </React.Fragment>
    ) : (
      adaptationIn(a, mlang)
    )
  );
  const period = order.periodFrom || order.periodTo ? `${showDate(order.periodFrom, lang) || '…'} – ${showDate(order.periodTo, lang) || '…'}` : t.notGiven;
  const orderer: Row[] = [
    [t.organisation, <ListText key="org">{names.organisation(order.organisationKey)}</ListText>],
    [t.unit, text(order.unit)],
    [t.contact, text(order.contactName)],
    [t.contactEmail, order.contactEmail ? <Link key="mail" href={`mailto:${order.contactEmail}`}>{order.contactEmail}</Link> : t.notGiven],
    [t.contactPhone, text(order.contactPhone)],
    [t.invoiceReference, text(order.invoiceReference)],
    [t.submitted, order.submittedAt ? showDateTime(order.submittedAt, lang) : t.notGiven]
  ];
  const training: Row[] = [
    [t.area, <ListText key="area">{names.area(order.areaKey)}</ListText>],
    [t.trainingAreas, trainingAreas.length ? <ListText key="ta">{trainingAreas.join(', ')}</ListText> : t.none],
    [t.course, courseTitle(order, catalogue) ? <ListText key="course">{courseTitle(order, catalogue)}</ListText> : t.notGiven],
    [t.need, text(order.need)],
    [t.targetGroup, text(order.targetGroup)],
    [t.participants, order.participants > 0 ? String(order.participants) : t.notGiven],
    [t.format, order.format ? formatLabel(lang, order.format) : t.notGiven],
    [t.period, period],
    [t.place, text(order.place)],
    [t.adaptations, adaptations.length ? adaptations.map((a, i) => <React.Fragment key={i}>{i > 0 && ', '}{a}</React.Fragment>) : t.none],
    [t.otherInfo, text(order.otherInfo)]
  ];
  return (
    <section>
      <h3>{t.details}</h3>
      <h4 style={{ margin: '8px 0' }}>{t.orderer}</h4>
      <DefinitionList rows={orderer} />
      <h4 style={{ margin: '16px 0 8px' }}>{t.training}</h4>
      <DefinitionList rows={training} />
    </section>
  );
}

/** The ranking kept on the order, the supplier that has it now marked, and why earlier ones were passed. */
export function OrderRanking(props: { order: Order; catalogue: Catalogue }): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const theme = useTheme();
  const { order } = props;
  const passed = new Map<string, string>();
  for (const entry of order.trail) {
    if ((entry.kind === 'Vidare till nästa leverantör' || entry.kind === 'Ingen leverantör') && entry.fromSupplierKey && entry.reason) {
      passed.set(entry.fromSupplierKey, reasonLabel(lang, entry.reason));
    }
  }
  return (
    <section>
      <h3>{t.ranking}</h3>
      <p style={{ marginTop: 0 }}>
        <WithSiteNames text={t.rankingNote} />
      </p>
      <ol style={{ paddingLeft: 24, margin: 0 }}>
        {order.ranking.map((r) => {
          const current = r.supplierKey === order.assignedSupplierKey;
          const email = props.catalogue.suppliers.find((s) => s.key === r.supplierKey)?.email || '';
          return (
            <li key={r.supplierKey} style={{ margin: '4px 0' }} aria-current={current ? 'true' : undefined}>
              <span style={{ fontWeight: current ? 600 : 400 }}>
                <ListText>{r.supplierName}</ListText>
              </span>
              <span style={{ color: theme.semanticColors.bodySubtext }}> ({format(t.rankLabel, { rank: r.rank })})</span>
              {current && (
                <strong style={{ marginLeft: 8 }}>
                  <Icon iconName="CheckMark" aria-hidden="true" style={{ marginRight: 4 }} />
                  {t.assignedMark}
                </strong>
              )}
              {!current && passed.has(r.supplierKey) && <span> – {format(t.passedMark, { reason: passed.get(r.supplierKey) || '' })}</span>}
              <span style={{ display: 'block', color: theme.semanticColors.bodySubtext }}>
                {email ? format(t.supplierEmail, { email }) : t.supplierNoEmail}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
