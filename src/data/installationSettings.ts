// Settings the site owner keeps in the list Inställningar (schema: SETTINGS): one row per key.
// Everyone on the site reads them; only the site owner (Full Control) can write them.
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { mailAddress } from '../domain/notifications';
import { SETTINGS } from '../schema/lists';
import { FirstReadBatch, takePrimed } from './firstReads';
import { listOf } from './listQuery';
import { isNotFound, literal } from './odata';
import { readPage } from './paging';
import { addOnce, RowWithId, writeWithRecovery } from './writeOnce';
import { SpItem, str } from './mapping/values';

/** The key of the handlers' shared mailbox, where new orders are announced and call-offs copied. */
export const HANDLERS_MAILBOX = 'AvropshandlaggarnasEpost';

type Row = SpItem & RowWithId;

export class SpInstallationSettings {
  private primedMailbox: Promise<string> | undefined;

  constructor(private readonly sp: SPFI) {}

  /** The handlers' mailbox, asked in a screen's first $batch (firstReads.ts) for the page it is shown on. */
  primeMailbox(batch: FirstReadBatch): void {
    this.primedMailbox = batch.part(this.value(HANDLERS_MAILBOX, batch.sp)).then(mailAddress);
  }

  private rows(key: string, sp: SPFI = this.sp): Promise<Row[]> {
    const query = listOf(sp, SETTINGS.title).items.select('Id', 'Title', 'SettingValue').filter(`Title eq ${literal(key)}`).orderBy('ID', true).top(5);
    return readPage<SpItem>(query).then((page) => page.items as Row[]);
  }

  /** The value, '' when it was never set (or the list is not installed yet). */
  get(key: string): Promise<string> {
    return this.value(key, this.sp);
  }

  private async value(key: string, sp: SPFI): Promise<string> {
    try {
      const [first] = await this.rows(key, sp);
      return first ? str(first.SettingValue).trim() : '';
    } catch (error) {
      if (isNotFound(error)) return '';
      throw error;
    }
  }

  /** Writes the value: the first row with the key, or a new row if there is none. */
  async set(key: string, value: string): Promise<void> {
    const [first] = await this.rows(key);
    if (first) {
      await writeWithRecovery(
        () => listOf(this.sp, SETTINGS.title).items.getById(first.Id).update({ SettingValue: value }, '*'),
        async () => undefined
      );
      return;
    }
    await addOnce<Row>({
      find: () => this.rows(key),
      add: () => listOf(this.sp, SETTINGS.title).items.add({ Title: key, SettingValue: value }),
      remove: (id) => listOf(this.sp, SETTINGS.title).items.getById(id).delete()
    });
  }

  /** The handlers' shared mailbox, '' when unset or not one plain address. */
  handlersMailbox(): Promise<string> {
    const primed = this.primedMailbox;
    this.primedMailbox = undefined;
    return takePrimed(primed, async () => mailAddress(await this.get(HANDLERS_MAILBOX)));
  }
}
