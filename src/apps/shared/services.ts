import type { SPFI } from '@pnp/sp';
import { SpCatalogueRepository } from '../../data/catalogueRepository';
import { SpOrderRepository } from '../../data/orderRepository';
import { RankingEditorRepository, SpRankingRepository } from '../../data/rankingRepository';
import { FollowUpRepository, SpFollowUpRepository } from '../../data/followUpRepository';
import { SpUserContext } from '../../data/userContext';
import { SiteSettings, SpSiteSettings } from '../../data/siteSettings';
import { withSafeRetries } from '../../data/createSp';
import { firstReadBatch } from '../../data/firstReads';
import type { CatalogueRepository, ListRights, OrderRepository, UserContext } from '../../data/ports';
import { ORDER_RECORDS, ORDERS } from '../../schema/lists';
import type { ProvisionReport } from '../../data/provisioning/report';
import type { ProvisionProgress } from '../../data/provisioning/provisionSite';
import type { SiteState } from '../../data/provisioning/siteState';
import { GraphMailSender, GraphPost, MailSendError } from '../../data/mail/graphMail';
import { Notifications, SpNotifications } from '../../data/mail/notifier';

/** A screen whose first reads go in one $batch: the desk's queue, the desk opened at one order, Mina avrop. */
export type FirstScreen = 'desk' | 'deskOrder' | 'mine';

export interface FirstReads {
  /** The tenant's list site when the services were asked to look it up (ServiceOptions), else ''. */
  listSite: string;
}

export interface ServiceOptions {
  /** No site was configured: the first reads also ask the tenant property naming the list site. */
  askListSite?: boolean;
}

/** What the screens may use. Built once per web part (or workbench page) from a configured SPFI. */
export interface AppServices {
  catalogue: CatalogueRepository;
  orders: OrderRepository;
  /** Rangordning with versions and its change log, for the rankings editor (absent in some test set-ups). */
  rankings?: RankingEditorRepository;
  /** The handlers' records of a period, for the scorecard. */
  followUp: FollowUpRepository;
  user: UserContext;
  /** The site's time zone and the tenant-wide default list site. */
  site: SiteSettings;
  /** Mails about the orders' actions, through Microsoft Graph; sent after an action, never instead of it. */
  notifications: Notifications;
  /** The signed-in person's rights on the orders (which list holds them is the data layer's business). */
  orderRights(): Promise<ListRights>;
  /** Rights on the handlers' records: follow-up reads them, orderers have none. */
  followUpRights(): Promise<ListRights>;
  /**
   * Sends what `screen` needs for its first rows in one $batch: the rights check, who is signed
   * in, the catalogue and its ids, the time zone and the rows. The screen then asks as always and
   * gets those answers. Never rejects: a failed $batch leaves every read to be made on its own.
   */
  firstReads?(screen: FirstScreen): Promise<FirstReads>;
  /** Creates or completes the lists; loaded on demand because only site owners ever run it. */
  provision(log: (line: string) => void, onStep?: (progress: ProvisionProgress) => void): Promise<ProvisionReport>;
  /** What the site has of the lists, columns, indexes and permissions the product expects (reads only). */
  inspectSite(): Promise<SiteState>;
}

/** Without a Graph client nothing can be sent: every mail falls back to mailto, as before approval. */
const NO_GRAPH: GraphPost = async () => {
  throw new MailSendError('notApproved', 'No Microsoft Graph client in this host.');
};

/** `graph` posts to Microsoft Graph as the signed-in person (MSGraphClientV3 in SPFx, fetch in the workbench). */
export function createServices(configured: SPFI, graph: GraphPost = NO_GRAPH, options: ServiceOptions = {}): AppServices {
  // Every write is retried by the data layer, which knows how to do it once (writeOnce.ts).
  const sp = withSafeRetries(configured);
  const catalogue = new SpCatalogueRepository(sp);
  const user = new SpUserContext(sp);
  const site = new SpSiteSettings(sp);
  const rankings = new SpRankingRepository(sp, catalogue, async () => (await user.currentUser()).title);
  const orders = new SpOrderRepository(sp, catalogue, site, rankings);
  const notifications = new SpNotifications(sp, new GraphMailSender(graph));
  let askListSite = !!options.askListSite;
  return {
    catalogue,
    orders,
    firstReads: async (screen) => {
      const { batch, execute } = firstReadBatch(sp);
      // The desk checks its rights on the orders; Mina avrop also whether she may read the records.
      const { rights } = user.prime(batch, screen === 'mine' ? [ORDERS.title, ORDER_RECORDS.title] : [ORDERS.title]);
      const { listSite } = site.prime(batch, askListSite);
      askListSite = false;
      catalogue.prime(batch);
      if (screen === 'desk') orders.primeOpenQueue(batch);
      if (screen === 'mine') {
        orders.primeMine(batch, { orders: rights.get(ORDERS.title)!, records: rights.get(ORDER_RECORDS.title)! });
        // Her page names the handlers' mailbox in its contact line.
        notifications.prime(batch);
      }
      await execute().catch(() => undefined);
      return { listSite: listSite ? await listSite : '' };
    },
    rankings,
    user,
    site,
    followUp: new SpFollowUpRepository(sp, catalogue, site),
    notifications,
    orderRights: () => user.listRights(ORDERS.title),
    followUpRights: () => user.listRights(ORDER_RECORDS.title),
    provision: async (log, onStep) => {
      const { provisionSite } = await import(/* webpackChunkName: 'provisioning' */ '../../data/provisioning');
      return provisionSite(sp, { log, onStep });
    },
    inspectSite: async () => {
      const { inspectSite } = await import(/* webpackChunkName: 'provisioning' */ '../../data/provisioning');
      return inspectSite(sp);
    }
  };
}
