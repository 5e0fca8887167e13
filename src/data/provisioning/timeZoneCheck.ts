// New SharePoint and Teams sites take their time zone from whoever creates them, so the site with
// the lists need not be on Swedish time. The product copes (date-only columns are written and read
// on the site's clock, people see Swedish time), but SharePoint's own list views and forms show the
// site's time, which confuses list owners: setup says so.
import { SPFI } from '@pnp/sp';
import { isOnSwedishTime } from '../../domain/time';
import { SpSiteSettings } from '../siteSettings';
import { ReportBuilder } from './report';

export async function warnUnlessSwedishTime(sp: SPFI, report: ReportBuilder): Promise<void> {
  const zone = await new SpSiteSettings(sp).timeZone();
  if (isOnSwedishTime(zone)) return;
  report.warn(
    `Webbplatsens tidszon är ${zone.description || `nr ${zone.id}`}, inte svensk tid. Utbildningsavrop visar svensk tid och sparar datum rätt ändå, ` +
      'men SharePoints egna listvyer visar webbplatsens tid. Byt tidszon under Webbplatsinställningar > Regionala inställningar om det går.'
  );
}
