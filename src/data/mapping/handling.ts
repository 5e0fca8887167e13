// The handling columns (sent, answered, completed, the outcome) shared by the handlers' record
// and the copy on the orderer's Avrop item: written and read the same way on both lists.
import { SiteTimeZone } from '../../domain/time';
import { Order } from '../../domain/types';
import { ReadProblems, readNumber, readText, readTimestamp } from './untrusted';
import { dateOnly, dateOnlyOut, numOrNull, orNull, SpItem } from './values';

export type Handling = Pick<Order, 'sentAt' | 'answerDeadline' | 'acceptedAt' | 'startDate' | 'completedAt' | 'cancelledAt' | 'cancelReason'>;

const OUTCOME: Array<[keyof Order, string]> = [
  ['actualParticipants', 'ActualParticipants'],
  ['participantsWomen', 'ParticipantsWomen'],
  ['participantsMen', 'ParticipantsMen'],
  ['participantsOtherOrUnstated', 'ParticipantsOther'],
  ['evaluationScore', 'EvaluationScore']
];

export function handlingToItem(order: Order, zone: SiteTimeZone): SpItem {
  const item: SpItem = {
    SentAt: orNull(order.sentAt),
    AnswerDeadline: orNull(order.answerDeadline),
    AcceptedAt: orNull(order.acceptedAt),
    StartDate: dateOnlyOut(order.startDate, zone),
    CompletedAt: orNull(order.completedAt),
    CancelledAt: orNull(order.cancelledAt),
    CancelReason: orNull(order.cancelReason)
  };
  for (const [field, column] of OUTCOME) item[column] = numOrNull(order[field] as number | undefined);
  return item;
}

export function readHandling(item: SpItem, zone: SiteTimeZone, p: ReadProblems): Handling {
  return {
    sentAt: readTimestamp(item.SentAt, 'SentAt', p),
    answerDeadline: readTimestamp(item.AnswerDeadline, 'AnswerDeadline', p),
    acceptedAt: readTimestamp(item.AcceptedAt, 'AcceptedAt', p),
    startDate: dateOnly(item.StartDate, zone),
    completedAt: readTimestamp(item.CompletedAt, 'CompletedAt', p),
    cancelledAt: readTimestamp(item.CancelledAt, 'CancelledAt', p),
    cancelReason: readText(item.CancelReason, 'CancelReason', p)
  };
}

/** Sets the optional outcome numbers (participants, score) that the item holds. */
export function readOutcome(item: SpItem, p: ReadProblems, order: Order): void {
  for (const [field, column] of OUTCOME) {
    const n = readNumber(item[column], column, p);
    if (n !== undefined) (order as unknown as Record<string, unknown>)[field] = n;
  }
}
