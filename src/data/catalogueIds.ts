import type { Catalogue } from '../domain/types';
// List item ids are SharePoint's business: the domain speaks in keys. Lookup columns store ids,
// so every read and write of a lookup goes through one of these maps.

export class KeyIdMap {
  private readonly byKey = new Map<string, number>();
  private readonly byId = new Map<number, string>();

  constructor(entries: Iterable<readonly [string, number]> = []) {
    for (const [key, id] of entries) this.set(key, id);
  }

  set(key: string, id: number): void {
    this.byKey.set(key, id);
    this.byId.set(id, key);
  }

  id(key: string): number | undefined {
    return this.byKey.get(key);
  }

  key(id: number): string | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.byKey.size;
  }
}

export interface CatalogueIds {
  areas: KeyIdMap;
  suppliers: KeyIdMap;
  organisations: KeyIdMap;
}

/** Gives the key <-> id maps of the catalogue; `refresh` rereads them (after a miss). */
export interface CatalogueLookup {
  catalogueIds(refresh?: boolean): Promise<CatalogueIds>;
  /** The catalogue as last read (rankings included): what decides an unhandled order's supplier. */
  currentCatalogue?(): Promise<Catalogue>;
}
