// Helpers for emulator tests: a valid Avrop body and SharePoint error assertions.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SPFI } from '@pnp/sp';
import { randomUUID } from 'crypto';
import { areaOrderingProblem } from '../../src/domain/orderability';
import { Catalogue, OrderRequest } from '../../src/domain/types';

export interface CatalogueIds {
  areaId: number;
  otherAreaId: number;
  organisationId: number;
  supplierId: number;
}

export async function catalogueIds(sp: SPFI): Promise<CatalogueIds> {
  const areas: Array<{ Id: number }> = await sp.web.lists.getByTitle('Avtalsområden').items.select('Id').top(2)();
  const orgs: Array<{ Id: number }> = await sp.web.lists.getByTitle('Beställande organisationer').items.select('Id').top(1)();
  const sups: Array<{ Id: number }> = await sp.web.lists.getByTitle('Leverantörer').items.select('Id').top(1)();
  return { areaId: areas[0].Id, otherAreaId: areas[1].Id, organisationId: orgs[0].Id, supplierId: sups[0].Id };
}

let serial = 0;

export function orderBody(ids: CatalogueIds, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  serial++;
  const n = `${process.pid % 1000}${String(serial).padStart(4, '0')}`;
  return {
    Title: `AVR-2031-${n}`,
    RequestKey: randomUUID(),
    AreaId: ids.areaId,
    Status: 'Ny',
    OrganisationId: ids.organisationId,
    Unit: 'Akutmottagningen',
    ContactName: 'Anna Andersson',
    ContactEmail: 'anna@region.example',
    InvoiceReference: 'KST 1234',
    Need: 'Ledarskap för nya chefer.',
    TargetGroup: 'Medarbetare',
    Participants: 12,
    Format: 'Digital',
    PeriodFrom: '2031-03-01T00:00:00Z',
    PeriodTo: '2031-04-30T00:00:00Z',
    Trail: '[]',
    ...overrides
  };
}

/** A complete order request for the first orderable area of `catalogue`. */
export function orderRequest(catalogue: Catalogue, overrides: Partial<OrderRequest> = {}): OrderRequest {
  const area = catalogue.areas.find((a) => areaOrderingProblem(a.key, catalogue) === null)!;
  return {
    organisationKey: catalogue.organisations.find((o) => o.active)!.key,
    unit: 'Enheten',
    contactName: 'Anna Andersson',
    contactEmail: 'anna@region.example',
    contactPhone: '',
    invoiceReference: 'KST 1',
    areaKey: area.key,
    trainingAreaKeys: [],
    courseKey: '',
    need: 'Grunderna.',
    targetGroup: 'Nya chefer',
    participants: 5,
    format: 'Digital',
    periodFrom: '2031-03-01',
    periodTo: '2031-04-30',
    place: '',
    adaptations: [],
    adaptationsOther: '',
    otherInfo: '',
    ...overrides
  };
}

export interface SpErrorShape {
  status?: number;
  code: string;
  message: string;
}

/** Awaits a rejected PnPjs call and returns the HTTP status and SharePoint's error code/message. */
export async function spError(promise: Promise<unknown>): Promise<SpErrorShape> {
  try {
    await promise;
  } catch (e) {
    const err = e as { status?: number; response?: Response; message?: string };
    let code = '';
    let message = err.message ?? '';
    if (err.response) {
      try {
        const json = await err.response.clone().json();
        code = json['odata.error']?.code ?? '';
        message = json['odata.error']?.message?.value ?? message;
      } catch {
        // not JSON
      }
    }
    return { status: err.status, code, message };
  }
  throw new Error('Expected the request to fail, but it succeeded.');
}
