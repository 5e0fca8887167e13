// In-memory stand-ins for the data ports, for component tests of the screens.
import type { AppServices } from '../../src/apps/shared/services';
import type { Catalogue } from '../../src/domain/types';
import type { Page, StoredOrder } from '../../src/data/ports';
import type { ProvisionReport } from '../../src/data/provisioning/report';

export interface FakeOptions {
  catalogue: Catalogue;
  isOwner?: boolean;
  canEditAll?: boolean;
  canReadAll?: boolean;
  mine?: StoredOrder[];
  failCatalogueTimes?: number;
  provision?: (log: (line: string) => void) => Promise<ProvisionReport>;
}

export function fakeServices(options: FakeOptions): AppServices & { calls: string[] } {
  const calls: string[] = [];
  let failures = options.failCatalogueTimes || 0;
  const page = (items: StoredOrder[]): Page<StoredOrder> => ({ items });
  return {
    calls,
    catalogue: {
      load: async () => {
        calls.push('catalogue.load');
        if (failures > 0) {
          failures--;
          throw new Error('Nätverksfel');
        }
        return options.catalogue;
      }
    },
    orders: {
      submit: async () => {
        throw new Error('not used');
      },
      getByReference: async () => undefined,
      getById: async () => undefined,
      listMine: async () => page(options.mine || []),
      listQueue: async () => page([]),
      update: async () => {
        throw new Error('not used');
      },
      listEvents: async () => []
    },
    user: {
      currentUser: async () => ({ id: 7, title: 'Anna Andersson', email: 'anna@region.example', loginName: 'anna' }),
      hasSiteOwnerRights: async () => !!options.isOwner,
      listRights: async () => ({ canRead: true, canAdd: true, canEditAll: !!options.canEditAll, canReadAll: !!options.canReadAll })
    },
    provision:
      options.provision ||
      (async () => ({ created: [], updated: [], seeded: [], warnings: [], changed: false }))
  };
}
