// Fills Avrop (and Avropshändelser) with N realistic orders over the last two years, written
// straight to the store in transactions. Every row goes through the same validation as a REST
// write (choices, lookups, lengths, required and unique columns), so the data respects the schema.
import { ORDERS, ORDER_EVENTS, AREAS, SUPPLIERS, RANKINGS, ORGANISATIONS, TRAINING_AREAS } from '../../src/schema/lists';
import { ADAPTATIONS, TARGET_GROUPS, TRAINING_FORMATS, CASCADE_REASONS, OrderStatus } from '../../src/domain/types';
import { applyBody, columnValue } from './items';
import { claimsLogin, ensureUserRec } from './site';
import { ItemRec, ListRec, Store, UserRec } from './store';
import { isoSeconds, newGuid, parseSpDate, SITE_TIME_ZONE } from './util';

export interface GenerateResult {
  orders: number;
  events: number;
  ms: number;
  firstId: number;
  lastId: number;
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Anders', 'Birgitta', 'Cecilia', 'David', 'Elin', 'Fredrik', 'Gunilla', 'Hassan', 'Ingrid', 'Johan', 'Karin', 'Leila', 'Magnus', 'Nora', 'Oskar', 'Petra', 'Rasmus', 'Sara', 'Tomas', 'Åsa', 'Örjan', 'Mira', 'Ali', 'Jenny'];
const LAST = ['Berg', 'Lindqvist', 'Nyström', 'Ahmadi', 'Sjöberg', 'Holm', 'Karlsson', 'Öberg', 'Åkesson', 'Nilsson', 'Svensson', 'Persson', 'Jovanović', 'Eriksson'];
const UNITS = ['Akutmottagningen', 'Barn- och ungdomsmedicin', 'Ekonomiavdelningen', 'HR-enheten', 'Vårdcentralen Centrum', 'Kirurgkliniken', 'IT-avdelningen', 'Folktandvården Väst', 'Regionarkivet', 'Kommunikationsavdelningen', 'Psykiatrin', 'Habiliteringen', 'Medicinkliniken', 'Laboratoriemedicin'];
const PLACES = ['Regionens hus, Göteborg', 'Sahlgrenska, konferensrum 3', 'Skövde sjukhus', 'Uddevalla, utbildningscentrum', 'Borås, Regionens lokaler', 'Digitalt (Teams)', 'Trollhättan, NÄL'];
const NEEDS = [
  'Nya chefer i verksamheten behöver grunderna i ledarskap och arbetsrätt.',
  'Arbetsgruppen behöver stärka samarbetet efter en omorganisation.',
  'Vi vill utveckla schemaläggningen så att den blir mer rättvis och hållbar.',
  'Medarbetarna behöver bli tryggare med digitala arbetssätt och verktyg.',
  'Enheten behöver gemensamma verktyg för projektarbete och uppföljning.',
  'Handledare behöver pedagogiskt stöd för att ta emot studenter.',
  'Vi behöver bättre förståelse för budget och ekonomisk uppföljning.',
  'Kommunikationen med patienter och anhöriga behöver bli tydligare.'
];
const CANCEL = ['Verksamheten har omprioriterat och behovet finns inte längre.', 'Deltagarna kan inte frigöras under perioden på grund av bemanningsläget.', 'Beställningen gjordes av misstag två gånger.'];

function pick<T>(r: () => number, arr: readonly T[]): T {
  return arr[Math.floor(r() * arr.length)];
}

function byTitle(store: Store, title: string): ListRec {
  const list = store.site.lists.find((l) => l.title === title);
  if (!list) throw new Error(`Listan ${title} finns inte. Installera webbplatsen (starta servern) innan avrop genereras.`);
  return list;
}

const DAY = 86400000;
const dayFmt = new Intl.DateTimeFormat('sv-SE', { timeZone: SITE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const weekdayFmt = new Intl.DateTimeFormat('en-US', { timeZone: SITE_TIME_ZONE, weekday: 'short' });

function localDay(ms: number): string {
  return dayFmt.format(new Date(ms));
}

/** A weekday office-hours instant `daysAgo` days before now (Swedish time). */
function officeTime(r: () => number, ms: number): number {
  let t = ms;
  for (;;) {
    const d = new Date(t);
    const wd = weekdayFmt.format(d);
    if (wd !== 'Sat' && wd !== 'Sun') break;
    t -= DAY;
  }
  const day = localDay(t);
  const hour = 8 + Math.floor(r() * 8);
  const minute = Math.floor(r() * 60);
  return parseSpDate(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00`);
}

function addWorkHours(ms: number, hours: number): number {
  // Approximation of weekday hours: 8 working hours a weekday.
  let t = ms;
  let left = hours;
  while (left > 0) {
    t += Math.min(left, 8) * 3600000;
    left -= 8;
    if (left > 0) t += 16 * 3600000;
    const wd = weekdayFmt.format(new Date(t));
    if (wd === 'Sat') t += 2 * DAY;
    if (wd === 'Sun') t += DAY;
  }
  return t;
}

interface Catalogue {
  areas: Array<{ id: number; key: string; title: string; hours: number }>;
  suppliers: Map<number, { key: string; name: string }>;
  rankings: Map<number, Array<{ rank: number; supplierId: number }>>;
  organisations: number[];
  trainingAreas: Map<number, string[]>;
  courses: Map<number, string[]>;
}

function readCatalogue(store: Store): Catalogue {
  const areasList = byTitle(store, AREAS.title);
  const suppliersList = byTitle(store, SUPPLIERS.title);
  const rankingsList = byTitle(store, RANKINGS.title);
  const orgList = byTitle(store, ORGANISATIONS.title);
  const taList = byTitle(store, TRAINING_AREAS.title);
  const v = (list: ListRec, rec: ItemRec, f: string) => columnValue(store, list, rec, f);
  const suppliers = new Map<number, { key: string; name: string }>();
  for (const rec of store.listItems(suppliersList).items.values()) suppliers.set(rec.id, { key: String(v(suppliersList, rec, 'SupplierKey')), name: String(v(suppliersList, rec, 'Title')) });
  const rankings = new Map<number, Array<{ rank: number; supplierId: number }>>();
  for (const rec of store.listItems(rankingsList).items.values()) {
    const areaId = Number(v(rankingsList, rec, 'Area'));
    const list = rankings.get(areaId) ?? [];
    list.push({ rank: Number(v(rankingsList, rec, 'Rank')), supplierId: Number(v(rankingsList, rec, 'Supplier')) });
    rankings.set(areaId, list);
  }
  for (const list of rankings.values()) list.sort((a, b) => a.rank - b.rank);
  const areas: Catalogue['areas'] = [];
  for (const rec of store.listItems(areasList).items.values()) {
    if (!rankings.get(rec.id)?.length) continue;
    areas.push({ id: rec.id, key: String(v(areasList, rec, 'AreaKey')), title: String(v(areasList, rec, 'Title')), hours: Number(v(areasList, rec, 'ResponseHours') ?? 24) || 24 });
  }
  const trainingAreas = new Map<number, string[]>();
  const courses = new Map<number, string[]>();
  for (const rec of store.listItems(taList).items.values()) {
    const areaId = Number(v(taList, rec, 'Area'));
    const kind = String(v(taList, rec, 'ItemKind'));
    const target = kind === 'Kurs' ? courses : trainingAreas;
    const list = target.get(areaId) ?? [];
    list.push(String(v(taList, rec, 'ItemKey')));
    target.set(areaId, list);
  }
  const organisations = [...store.listItems(orgList).items.keys()];
  if (!areas.length || !organisations.length) throw new Error('Katalogen är tom: avtalsområden med rangordning och organisationer behövs för att generera avrop.');
  return { areas, suppliers, rankings, organisations, trainingAreas, courses };
}

export function generateOrders(store: Store, count: number, opts: { seed?: number; now?: number } = {}): GenerateResult {
  const started = Date.now();
  const r = rng(opts.seed ?? 20240601);
  const now = opts.now ?? Date.now();
  const orders = byTitle(store, ORDERS.title);
  const events = byTitle(store, ORDER_EVENTS.title);
  const cat = readCatalogue(store);

  const site = store.site;
  const user = (login: string) => site.users.find((u) => u.login === claimsLogin(login))!;
  const anna = user('anna');
  const erik = user('erik');
  const hanna = user('hanna');
  const generated: UserRec[] = [];
  for (let i = 0; i < 40; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i * 7) % LAST.length];
    generated.push(ensureUserRec(store, `gen${String(i + 1).padStart(3, '0')}@region.example`, `${first} ${last}`));
  }
  store.saveSite();
  const chooseAuthor = (): UserRec => {
    const x = r();
    if (x < 0.2) return anna;
    if (x < 0.35) return erik;
    return pick(r, generated);
  };

  // Next serial per year after the references already in the list.
  const serials = new Map<number, number>();
  for (const rec of store.listItems(orders).items.values()) {
    const m = /^AVR-(\d{4})-(\d+)$/.exec(String(columnValue(store, orders, rec, 'Title') ?? ''));
    if (m) serials.set(Number(m[1]), Math.max(serials.get(Number(m[1])) ?? 0, Number(m[2])));
  }

  // Submission times, sorted so references and ids follow time.
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(officeTime(r, now - Math.floor(r() * 730 * DAY) - 3600000));
  times.sort((a, b) => a - b);

  let eventCount = 0;
  let firstId = 0;
  let lastId = 0;
  const CHUNK = 5000;
  // Bulk load: no fsync per transaction; durability is restored (and the WAL synced) at the end.
  store.db.exec('PRAGMA synchronous = OFF');
  for (let start = 0; start < count; start += CHUNK) {
    store.transaction(() => {
      for (let i = start; i < Math.min(count, start + CHUNK); i++) {
        const submitted = times[i];
        const author = chooseAuthor();
        const area = pick(r, cat.areas);
        const ranking = cat.rankings.get(area.id)!;
        const ageDays = (now - submitted) / DAY;
        const x = r();
        let status: OrderStatus;
        if (ageDays > 90) status = x < 0.68 ? 'Genomförd' : x < 0.8 ? 'Avbruten' : x < 0.86 ? 'Ingen leverantör' : 'Antagen';
        else if (ageDays > 7) status = x < 0.08 ? 'Ny' : x < 0.3 ? 'Väntar på svar' : x < 0.7 ? 'Antagen' : x < 0.85 ? 'Genomförd' : x < 0.95 ? 'Avbruten' : 'Ingen leverantör';
        else status = x < 0.35 ? 'Ny' : x < 0.8 ? 'Väntar på svar' : x < 0.95 ? 'Antagen' : 'Avbruten';

        const year = Number(localDay(submitted).slice(0, 4));
        const serial = (serials.get(year) ?? 0) + 1;
        serials.set(year, serial);
        const reference = `AVR-${year}-${String(serial).padStart(4, '0')}`;

        // Trail: who did what, when.
        type Entry = { at: number; by: UserRec; kind: string; from: string; to: string; fromSup: number | null; fromRank: number | null; toSup: number | null; toRank: number | null; reason: string; comment: string };
        const trail: Entry[] = [];
        let t = submitted;
        let rankIdx = 0;
        let cur: OrderStatus | '' = '';
        let sup: number | null = ranking[0].supplierId;
        let rank: number | null = ranking[0].rank;
        const push = (kind: string, to: OrderStatus, toSup: number | null, toRank: number | null, by: UserRec, reason = '', comment = '') => {
          trail.push({ at: t, by, kind, from: cur, to, fromSup: cur ? sup : null, fromRank: cur ? rank : null, toSup, toRank, reason, comment });
          cur = to;
          sup = toSup;
          rank = toRank;
        };
        push('Skapad', 'Ny', sup, rank, author);
        let sentAt: number | null = null;
        let deadline: number | null = null;
        let acceptedAt: number | null = null;
        let completedAt: number | null = null;
        let cancelledAt: number | null = null;
        let startDay: string | null = null;
        let cancelReason: string | null = null;
        if (status !== 'Ny' && !(status === 'Avbruten' && r() < 0.3)) {
          t = addWorkHours(t, 1 + Math.floor(r() * 16));
          sentAt = t;
          deadline = addWorkHours(t, area.hours);
          push('Skickad', 'Väntar på svar', sup, rank, hanna);
          const hops = status === 'Ingen leverantör' ? ranking.length - 1 : Math.min(ranking.length - 1, r() < 0.75 ? 0 : r() < 0.7 ? 1 : 2);
          for (let h = 0; h < hops; h++) {
            rankIdx++;
            t = addWorkHours(t, Math.floor(r() * area.hours) + 1);
            const reason = pick(r, CASCADE_REASONS.filter((c) => c !== 'Annat'));
            push('Vidare till nästa leverantör', 'Väntar på svar', ranking[rankIdx].supplierId, ranking[rankIdx].rank, hanna, reason, '');
            deadline = addWorkHours(t, area.hours);
          }
          if (status === 'Ingen leverantör') {
            t = addWorkHours(t, Math.floor(r() * area.hours) + 1);
            push('Ingen leverantör', 'Ingen leverantör', null, null, hanna, pick(r, CASCADE_REASONS.filter((c) => c !== 'Annat')), '');
          } else if (status === 'Antagen' || status === 'Genomförd' || (status === 'Avbruten' && r() < 0.5)) {
            t = addWorkHours(t, Math.floor(r() * area.hours) + 1);
            acceptedAt = t;
            startDay = localDay(t + (14 + Math.floor(r() * 60)) * DAY);
            push('Antagen', 'Antagen', sup, rank, hanna);
            if (status === 'Genomförd') {
              t = Math.min(now - 3600000, parseSpDate(`${startDay}T15:00:00`) + Math.floor(r() * 20) * DAY);
              completedAt = t;
              push('Genomförd', 'Genomförd', sup, rank, hanna);
            }
          }
        }
        if (status === 'Avbruten') {
          t = Math.min(now - 60000, t + Math.floor(r() * 10 + 1) * DAY);
          cancelledAt = t;
          cancelReason = pick(r, CANCEL);
          push('Avbruten', 'Avbruten', null, null, r() < 0.5 ? author : hanna, '', cancelReason);
        }
        if (t > now) t = now - 60000;

        const participants = 5 + Math.floor(r() * 30);
        const supKey = (id: number | null) => (id ? cat.suppliers.get(id)?.key ?? '' : '');
        const trailJson = trail.map((e) => {
          const o: Record<string, unknown> = {
            at: isoSeconds(e.at),
            by: e.by.title,
            kind: e.kind,
            fromStatus: e.from,
            toStatus: e.to,
            fromSupplierKey: supKey(e.fromSup),
            toSupplierKey: supKey(e.toSup),
            reason: e.reason,
            comment: e.comment
          };
          if (e.fromRank) o.fromRank = e.fromRank;
          if (e.toRank) o.toRank = e.toRank;
          return o;
        });
        const tas = cat.trainingAreas.get(area.id) ?? [];
        const courseKeys = cat.courses.get(area.id) ?? [];
        const from = localDay(submitted + (20 + Math.floor(r() * 60)) * DAY);
        const to = localDay(parseSpDate(`${from}T12:00:00`) + (14 + Math.floor(r() * 90)) * DAY);
        const done = status === 'Genomförd';
        const actual = done ? Math.max(1, participants - Math.floor(r() * 4)) : null;
        const women = actual !== null ? Math.floor(actual * (0.5 + r() * 0.3)) : null;
        const men = actual !== null && women !== null ? Math.floor((actual - women) * (0.8 + r() * 0.2)) : null;
        const body: Record<string, unknown> = {
          Title: reference,
          RequestKey: newGuid(),
          AreaId: area.id,
          Status: status,
          AssignedSupplierId: sup,
          AssignedRank: rank,
          OrganisationId: pick(r, cat.organisations),
          Unit: pick(r, UNITS),
          ContactName: author.title,
          ContactEmail: author.email,
          ContactPhone: r() < 0.7 ? `010-${100 + Math.floor(r() * 899)} ${10 + Math.floor(r() * 89)} ${10 + Math.floor(r() * 89)}` : null,
          InvoiceReference: `KST ${1000 + Math.floor(r() * 8999)}`,
          TrainingAreaKeys: JSON.stringify(tas.length ? [pick(r, tas)] : []),
          CourseKey: courseKeys.length && r() < 0.5 ? pick(r, courseKeys) : null,
          Need: pick(r, NEEDS),
          TargetGroup: pick(r, TARGET_GROUPS),
          Participants: participants,
          Format: pick(r, TRAINING_FORMATS),
          PeriodFrom: `${from}T00:00:00Z`,
          PeriodTo: `${to}T00:00:00Z`,
          Place: r() < 0.8 ? pick(r, PLACES) : null,
          Adaptations: r() < 0.15 ? [pick(r, ADAPTATIONS.filter((a) => a !== 'Annat'))] : [],
          RankingSnapshot: JSON.stringify(ranking.map((e) => ({ rank: e.rank, supplierKey: cat.suppliers.get(e.supplierId)?.key ?? '', supplierName: cat.suppliers.get(e.supplierId)?.name ?? '' }))),
          Trail: JSON.stringify(trailJson),
          SubmittedAt: isoSeconds(submitted),
          SubmittedBy: author.title,
          SentAt: sentAt ? isoSeconds(sentAt) : null,
          AnswerDeadline: deadline && (status === 'Väntar på svar' || acceptedAt || status === 'Ingen leverantör') ? isoSeconds(deadline) : null,
          AcceptedAt: acceptedAt ? isoSeconds(acceptedAt) : null,
          StartDate: startDay ? `${startDay}T00:00:00Z` : null,
          CompletedAt: completedAt ? isoSeconds(completedAt) : null,
          CancelledAt: cancelledAt ? isoSeconds(cancelledAt) : null,
          CancelReason: cancelReason,
          ActualParticipants: actual,
          ParticipantsWomen: women,
          ParticipantsMen: men,
          ParticipantsOther: actual !== null && women !== null && men !== null ? actual - women - men : null,
          EvaluationScore: done && r() < 0.8 ? 3 + Math.floor(r() * 3) : null
        };
        const data = applyBody(store, orders, body, undefined);
        const last = trail[trail.length - 1];
        const orderRec: ItemRec = {
          id: store.allocateItemId(orders),
          authorId: author.id,
          editorId: last.by.id,
          created: isoSeconds(submitted),
          modified: isoSeconds(Math.max(submitted, last.at)),
          version: trail.length,
          uniqueId: newGuid(),
          ix: {},
          listId: orders.id,
          data
        };
        store.putItem(orders, orderRec);
        orderRec.data = null;
        if (!firstId) firstId = orderRec.id;
        lastId = orderRec.id;

        for (const e of trail) {
          const eb = applyBody(
            store,
            events,
            {
              Title: `${reference} ${e.kind}`,
              OrderId: orderRec.id,
              OrderReference: reference,
              EventKind: e.kind,
              FromStatus: e.from || null,
              ToStatus: e.to,
              FromSupplierId: e.fromSup,
              FromRank: e.fromRank,
              ToSupplierId: e.toSup,
              ToRank: e.toRank,
              Reason: e.reason || null,
              Comment: e.comment || null,
              EventAt: isoSeconds(e.at),
              Actor: e.by.title
            },
            undefined
          );
          const at = isoSeconds(e.at);
          const eventRec: ItemRec = {
            id: store.allocateItemId(events),
            authorId: e.by.id,
            editorId: e.by.id,
            created: at,
            modified: at,
            version: 1,
            uniqueId: newGuid(),
            ix: {},
            listId: events.id,
            data: eb
          };
          store.putItem(events, eventRec);
          eventRec.data = null;
          eventCount++;
        }
      }
    });
  }
  store.db.exec('PRAGMA synchronous = NORMAL');
  const stamp = isoSeconds(Date.now());
  orders.lastModified = stamp;
  events.lastModified = stamp;
  store.saveSite();
  return { orders: count, events: eventCount, ms: Date.now() - started, firstId, lastId };
}
