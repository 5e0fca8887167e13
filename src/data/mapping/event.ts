// Avropshändelser row <-> OrderEvent. Append-only audit; the same entry also goes on the order's
// Trail (see mapping/order.ts), because under item-level security orderers cannot read rows
// that handlers wrote here.
import { ORDER_EVENTS } from '../../schema/lists';
import { CascadeReason, OrderEvent, OrderEventKind, OrderStatus, OrderTrailEntry } from '../../domain/types';
import { CatalogueIds } from '../catalogueIds';
import { ListQuery } from './catalogue';
import { lookupId, num, optNum, orNull, SpItem, str, timestamp } from './values';
import { actionKey } from '../sameEvent';

export const EVENT_QUERY: ListQuery = {
  listTitle: ORDER_EVENTS.title,
  select: [
    'Id', 'Title', 'ParentOrder/Id', 'ParentOrder/Title', 'OrderReference', 'EventKind', 'FromStatus', 'ToStatus', 'FromSupplier/Id',
    'FromSupplier/Title', 'FromRank', 'ToSupplier/Id', 'ToSupplier/Title', 'ToRank', 'Reason', 'Comment', 'EventAt', 'Actor'
  ],
  expand: ['ParentOrder', 'FromSupplier', 'ToSupplier']
};

function supplierId(key: string, ids: CatalogueIds): number | null {
  return key ? ids.suppliers.id(key) ?? null : null;
}

export function eventToItem(entry: OrderTrailEntry, orderId: number, reference: string, ids: CatalogueIds): SpItem {
  return {
    Title: `${reference} ${entry.kind}`,
    ParentOrderId: orderId,
    OrderReference: reference,
    EventKind: entry.kind,
    FromStatus: orNull(entry.fromStatus),
    ToStatus: entry.toStatus,
    FromSupplierId: supplierId(entry.fromSupplierKey, ids),
    FromRank: entry.fromRank ?? null,
    ToSupplierId: supplierId(entry.toSupplierKey, ids),
    ToRank: entry.toRank ?? null,
    Reason: orNull(entry.reason),
    Comment: orNull(entry.comment),
    EventAt: entry.at,
    Actor: entry.by,
    ActionKey: actionKey(orderId, entry)
  };
}

function supplierKey(item: SpItem, field: string, ids: CatalogueIds): string {
  const id = lookupId(item, field);
  return id === undefined ? '' : ids.suppliers.key(id) ?? '';
}

export function eventFromItem(item: SpItem, ids: CatalogueIds): OrderEvent {
  const event: OrderEvent = {
    orderReference: str(item.OrderReference),
    at: timestamp(item.EventAt),
    by: str(item.Actor),
    kind: str(item.EventKind) as OrderEventKind,
    fromStatus: str(item.FromStatus) as OrderStatus | '',
    toStatus: str(item.ToStatus) as OrderStatus,
    fromSupplierKey: supplierKey(item, 'FromSupplier', ids),
    toSupplierKey: supplierKey(item, 'ToSupplier', ids),
    reason: str(item.Reason) as CascadeReason | '',
    comment: str(item.Comment)
  };
  const fromRank = optNum(item.FromRank);
  const toRank = optNum(item.ToRank);
  if (fromRank !== undefined) event.fromRank = fromRank;
  if (toRank !== undefined) event.toRank = toRank;
  return event;
}

export function eventOrderId(item: SpItem): number {
  return lookupId(item, 'ParentOrder') ?? num(item.ParentOrderId);
}
