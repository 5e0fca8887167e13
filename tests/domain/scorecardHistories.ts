// Hand-made order histories for the scorecard tests, the answers worked out by hand in
// scorecard.test.ts. Times are UTC; Stockholm is UTC+1 in winter, +2 from 29 March 2026.
import { FollowUpRecord } from '../../src/domain/scorecard';
import { CascadeReason, OrderStatus, OrderTrailEntry } from '../../src/domain/types';

export function entry(kind: OrderTrailEntry['kind'], at: string, fromStatus: OrderStatus | '', toStatus: OrderStatus, extra: Partial<OrderTrailEntry> = {}): OrderTrailEntry {
  return { at, by: 'i:0#.f|membership|hanna@region.example', kind, fromStatus, toStatus, fromSupplierKey: '', toSupplierKey: '', reason: '', comment: '', ...extra };
}
export const created = (at: string) => entry('Skapad', at, '', 'Ny');
export const sent = (at: string, deadline: string, supplier: string, rank: number, from: OrderStatus = 'Ny') =>
  entry('Skickad', at, from, 'Väntar på svar', { toSupplierKey: supplier, toRank: rank, answerDeadline: deadline });
export const accepted = (at: string, supplier: string, rank: number, startDate: string) =>
  entry('Antagen', at, 'Väntar på svar', 'Antagen', { fromSupplierKey: supplier, fromRank: rank, toSupplierKey: supplier, toRank: rank, startDate });
export const moved = (at: string, from: string, fromRank: number, to: string, reason: CascadeReason) =>
  entry(to ? 'Vidare till nästa leverantör' : 'Ingen leverantör', at, 'Väntar på svar', to ? 'Ny' : 'Ingen leverantör', { fromSupplierKey: from, fromRank, toSupplierKey: to, ...(to ? { toRank: fromRank + 1 } : {}), reason });

export function record(reference: string, submittedAt: string, rest: Partial<FollowUpRecord>): FollowUpRecord {
  return {
    reference,
    submittedAt,
    areaKey: 'ledarskap',
    organisationKey: 'o1',
    status: 'Ny',
    assignedSupplierKey: '',
    assignedRank: 0,
    requestedParticipants: 1,
    adaptations: [],
    trail: [created(submittedAt)],
    startDate: '',
    ...rest
  };
}

// A: rank 1 accepts in half a day; completed with a gender split and a score.
export const A = record('AVR-2026-0001', '2026-01-05T08:00:00Z', {
  status: 'Genomförd', assignedSupplierKey: 's1', assignedRank: 1, requestedParticipants: 10, adaptations: ['Hörslinga', 'Skrivtolk'],
  actualParticipants: 9, participantsWomen: 5, participantsMen: 3, participantsOtherOrUnstated: 1, evaluationScore: 4, startDate: '2026-01-20',
  trail: [created('2026-01-05T08:00:00Z'), sent('2026-01-06T08:00:00Z', '2026-01-07T08:00:00Z', 's1', 1), accepted('2026-01-06T20:00:00Z', 's1', 1, '2026-01-20'),
    entry('Genomförd', '2026-01-25T10:00:00Z', 'Antagen', 'Genomförd', { fromSupplierKey: 's1', fromRank: 1, toSupplierKey: 's1', toRank: 1 })]
});
// B: rank 1 declines two days after sending (a day after its deadline), rank 2 accepts.
export const B = record('AVR-2026-0002', '2026-02-01T09:00:00Z', {
  status: 'Antagen', organisationKey: 'o2', assignedSupplierKey: 's2', assignedRank: 2, requestedParticipants: 20, adaptations: ['Hörslinga'], startDate: '2026-03-01',
  trail: [created('2026-02-01T09:00:00Z'), sent('2026-02-02T09:00:00Z', '2026-02-03T09:00:00Z', 's1', 1), moved('2026-02-04T09:00:00Z', 's1', 1, 's2', 'Avböjt: saknar kapacitet'),
    sent('2026-02-04T21:00:00Z', '2026-02-05T21:00:00Z', 's2', 2), accepted('2026-02-05T09:00:00Z', 's2', 2, '2026-03-01')]
});
// C: rank 1 stays silent (not an answer), rank 2 declines: no supplier.
export const C = record('AVR-2026-0003', '2026-03-10T10:00:00Z', {
  status: 'Ingen leverantör', areaKey: 'ekonomi', requestedParticipants: 5,
  trail: [created('2026-03-10T10:00:00Z'), sent('2026-03-11T10:00:00Z', '2026-03-12T10:00:00Z', 's3', 1), moved('2026-03-12T12:00:00Z', 's3', 1, 's4', 'Inget svar före svarstiden'),
    sent('2026-03-12T13:00:00Z', '2026-03-13T13:00:00Z', 's4', 2), moved('2026-03-13T01:00:00Z', 's4', 2, '', 'Avböjt: kan inte starta i tid')]
});
// D: cancelled while waiting: the cancellation is no answer.
export const D = record('AVR-2026-0004', '2026-03-20T10:00:00Z', {
  status: 'Avbruten', areaKey: 'ekonomi', organisationKey: 'o2', assignedSupplierKey: 's3', assignedRank: 1, requestedParticipants: 3,
  trail: [created('2026-03-20T10:00:00Z'), sent('2026-03-21T10:00:00Z', '2026-03-22T10:00:00Z', 's3', 1), entry('Avbruten', '2026-03-22T08:00:00Z', 'Väntar på svar', 'Avbruten', { fromSupplierKey: 's3' })]
});
// E: submitted 00:30 on 1 January in Stockholm (23:30 UTC the day before): inside the period.
export const E = record('AVR-2026-0005', '2025-12-31T23:30:00Z', {
  status: 'Genomförd', organisationKey: 'o2', assignedSupplierKey: 's1', assignedRank: 1, requestedParticipants: 6,
  actualParticipants: 4, participantsWomen: 2, participantsMen: 2, participantsOtherOrUnstated: 0, evaluationScore: 5, startDate: '2026-01-15',
  trail: [created('2025-12-31T23:30:00Z'), sent('2026-01-03T23:30:00Z', '2026-01-04T23:30:00Z', 's1', 1), accepted('2026-01-04T11:30:00Z', 's1', 1, '2026-01-15')]
});
// F: 23:30 on 31 December in Stockholm: outside.
export const F = record('AVR-2025-0006', '2025-12-31T22:30:00Z', { status: 'Avbruten', requestedParticipants: 100 });
// G: 23:30 on 31 March in Stockholm (summer time): inside; sent 8.5 hours later, no answer yet.
export const G = record('AVR-2026-0007', '2026-03-31T21:30:00Z', {
  status: 'Väntar på svar', areaKey: 'ekonomi', assignedSupplierKey: 's3', assignedRank: 1, requestedParticipants: 7, adaptations: ['Annat'],
  trail: [created('2026-03-31T21:30:00Z'), sent('2026-04-01T06:00:00Z', '2026-04-02T06:00:00Z', 's3', 1)]
});
// H: 00:30 on 1 April in Stockholm: outside.
export const H = record('AVR-2026-0008', '2026-03-31T22:30:00Z', { status: 'Avbruten', requestedParticipants: 100 });

export const ALL = [A, B, C, D, E, F, G, H];
