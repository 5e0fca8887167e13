// The catalogue's one data request, started from the web part's entry chunk while the app's
// chunks download. Composition only, like catalogueServices.ts: which queries, how many rows.
import { EarlyCatalogueRead, startEarlyCatalogueRead } from '../../data/earlyReads';
import { CATALOGUE_VIEW_QUERIES } from '../../data/mapping/catalogueQueries';
import { MAX_PAGE } from '../../data/pageSize';

export type { EarlyCatalogueRead };

export function startCatalogueRead(webUrl: string, pageDigest: string | undefined, siteUrl: string): EarlyCatalogueRead {
  return startEarlyCatalogueRead({
    webUrl,
    pageDigest,
    siteUrl,
    queries: CATALOGUE_VIEW_QUERIES,
    top: MAX_PAGE,
    send: (url, init) => fetch(url, init)
  });
}
