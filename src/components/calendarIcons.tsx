import * as React from 'react';
import { ICalendarNavigationIcons, registerIcons } from '@fluentui/react';

// Fluent's Calendar draws its previous/next month arrows from the Fabric icon font, which nothing
// on our pages registers (SharePoint's page may, a Teams tab or the workbench does not): the
// buttons were there, named, and blank. Our own names, so a host's icons are never replaced.
const UP = 'UtbildningsavropCalendarUp';
const DOWN = 'UtbildningsavropCalendarDown';

const arrow = (d: string): JSX.Element => (
  <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false" style={{ display: 'block' }}>
    <path fill="currentColor" d={d} />
  </svg>
);

let registered = false;

/** The Calendar's navigation icons, registered on first use (several web parts may share a page). */
export function calendarNavigationIcons(): ICalendarNavigationIcons {
  if (!registered) {
    registerIcons({ icons: { [UP]: arrow('M6 2.5 11.5 8l-1.1 1.1L6 4.7 1.6 9.1.5 8z'), [DOWN]: arrow('M6 9.5.5 4l1.1-1.1L6 7.3l4.4-4.4L11.5 4z') } }, { disableWarnings: true });
    registered = true;
  }
  return { leftNavigation: UP, rightNavigation: DOWN };
}
