// A date field that writes the date in the page's language. The browser's own date input formats
// by the browser's locale and offers no way to follow the page's lang, so an English page in a
// Swedish browser showed Swedish dates and the reverse (its calendar button was also drawn black
// on Teams' dark themes). Here the text is the page's (src/domain/dateText.ts) and the calendar is
// Fluent's, with month and day names written by us.
import * as React from 'react';
import {
  Calendar,
  Callout,
  DayOfWeek,
  DirectionalHint,
  FirstWeekOfYear,
  FocusTrapZone,
  getId,
  ICalendar,
  ICalendarStrings,
  IDateFormatting,
  IconButton,
  Label,
  TextField,
  useTheme
} from '@fluentui/react';
import { parseIsoDate, formatIsoDate } from '../domain/calendar';
import {
  DateLang,
  dateFieldValue,
  formatDateText,
  longDateText,
  MONTH_NAMES,
  parseDateText,
  SHORT_MONTH_NAMES,
  SHORT_WEEKDAY_NAMES,
  WEEKDAY_NAMES
} from '../domain/dateText';
import { defineStrings, LangContext } from '../i18n/strings';
import { calendarNavigationIcons } from './calendarIcons';

const strings = defineStrings({
  sv: {
    hint: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-10.',
    openCalendar: 'Välj datum i kalendern',
    goToToday: 'Gå till i dag',
    prevMonth: 'Föregående månad',
    nextMonth: 'Nästa månad',
    prevYear: 'Föregående år',
    nextYear: 'Nästa år',
    prevYears: 'Tidigare år',
    nextYears: 'Senare år',
    week: 'Vecka {0}',
    selected: 'Valt datum {0}',
    today: 'I dag, {0}',
    monthHeader: '{0}, välj för att byta år',
    yearHeader: '{0}, välj för att byta månad',
    marked: 'markerad'
  },
  en: {
    hint: 'Write the date as day, month and year, for example 10 Dec 2026, or as 2026-12-10.',
    openCalendar: 'Choose the date in a calendar',
    goToToday: 'Go to today',
    prevMonth: 'Previous month',
    nextMonth: 'Next month',
    prevYear: 'Previous year',
    nextYear: 'Next year',
    prevYears: 'Earlier years',
    nextYears: 'Later years',
    week: 'Week {0}',
    selected: 'Selected date {0}',
    today: 'Today, {0}',
    monthHeader: '{0}, select to change the year',
    yearHeader: '{0}, select to change the month',
    marked: 'marked'
  }
});

function calendarStrings(lang: DateLang): ICalendarStrings {
  const t = strings[lang];
  return {
    months: [...MONTH_NAMES[lang]],
    shortMonths: [...SHORT_MONTH_NAMES[lang]],
    days: [...WEEKDAY_NAMES[lang]],
    shortDays: [...SHORT_WEEKDAY_NAMES[lang]],
    goToToday: t.goToToday,
    prevMonthAriaLabel: t.prevMonth,
    nextMonthAriaLabel: t.nextMonth,
    prevYearAriaLabel: t.prevYear,
    nextYearAriaLabel: t.nextYear,
    prevYearRangeAriaLabel: t.prevYears,
    nextYearRangeAriaLabel: t.nextYears,
    weekNumberFormatString: t.week,
    selectedDateFormatString: t.selected,
    todayDateFormatString: t.today,
    monthPickerHeaderAriaLabel: t.monthHeader,
    yearPickerHeaderAriaLabel: t.yearHeader,
    dayMarkedAriaLabel: t.marked
  };
}

// Fluent's own formatter reads a day out in US order ("December 10, 2026") whatever the strings.
function dateFormatting(lang: DateLang): IDateFormatting {
  return {
    formatDay: (d) => String(d.getDate()),
    formatMonth: (d) => MONTH_NAMES[lang][d.getMonth()],
    formatYear: (d) => String(d.getFullYear()),
    formatMonthDayYear: (d) => longDateText(d.getFullYear(), d.getMonth() + 1, d.getDate(), lang),
    formatMonthYear: (d) => `${MONTH_NAMES[lang][d.getMonth()]} ${d.getFullYear()}`
  };
}

const CALENDAR = { sv: { strings: calendarStrings('sv'), formatting: dateFormatting('sv') }, en: { strings: calendarStrings('en'), formatting: dateFormatting('en') } };

/** The calendar works on local Date objects; only the calendar day crosses over. */
function toLocalDate(iso: string | undefined): Date | undefined {
  const d = iso ? parseIsoDate(iso) : null;
  return d ? new Date(d.year, d.month - 1, d.day) : undefined;
}

export interface DateFieldProps {
  id?: string;
  label: string;
  description?: string;
  /** An ISO date, '' or text that is not a date (kept so the form can say what is wrong with it). */
  value: string;
  /** Called on every change with an ISO date, '' or the text as typed when it is not a date. */
  onChange: (value: string) => void;
  /** Called when focus leaves the field, its calendar button and its calendar. */
  onBlur?: () => void;
  required?: boolean;
  errorMessage?: string | JSX.Element;
  /** ISO dates the calendar offers no day before or after (typed text is the form's rules to judge). */
  min?: string;
  max?: string;
  /** Today (ISO) as the form counts it, marked in the calendar. */
  today?: string;
  showWeekNumbers?: boolean;
  width?: number;
}

export function DateField(props: DateFieldProps): JSX.Element {
  const page = React.useContext(LangContext);
  const lang: DateLang = page === 'en-US' ? 'en' : 'sv';
  const t = strings[lang];
  const theme = useTheme();
  const [fallbackId] = React.useState(() => getId('datefield'));
  const inputId = props.id || fallbackId;
  const labelId = `${inputId}-label`;
  const calloutId = `${inputId}-calendar`;

  // The text is the person's while they type: "2026-12-1" is already a date, and writing it as
  // "1 Dec 2026" under their cursor would break the next digit. It is rewritten in the page's
  // form when they leave the field, or when the value is changed from outside (a restored draft).
  const [text, setText] = React.useState(() => formatDateText(props.value, lang));
  const [shown, setShown] = React.useState(props.value);
  if (props.value !== shown) {
    setShown(props.value);
    setText(formatDateText(props.value, lang));
  }
  const parsed = parseDateText(text, lang);
  const iso = parsed.kind === 'date' ? parsed.iso : '';

  const [open, setOpen] = React.useState(false);
  // Where focus goes once the calendar closes: the text after a day is chosen, the button after
  // Escape or a second press on it, nowhere when the person clicked elsewhere. The calendar has no
  // close button of its own: in its 196 px header it would cut "september 2026" short.
  const focusAfter = React.useRef<'input' | 'button' | undefined>();
  const wrapper = React.useRef<HTMLDivElement>(null);
  const button = React.useRef<HTMLElement>(null);
  const calendar = React.useRef<ICalendar>(null);
  const callout = React.useRef<HTMLDivElement>(null);

  const change = (next: string): void => {
    const value = dateFieldValue(next, lang);
    setText(next);
    setShown(value);
    props.onChange(value);
  };
  const close = (focus: 'input' | 'button' | undefined): void => {
    focusAfter.current = focus;
    setOpen(false);
  };
  const select = (date: Date): void => {
    const value = formatIsoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
    setText(formatDateText(value, lang));
    setShown(value);
    props.onChange(value);
    close('input');
  };
  const within = (node: EventTarget | null): boolean =>
    node instanceof Node && (!!wrapper.current?.contains(node) || !!callout.current?.contains(node));

  const iconColour = theme.semanticColors.inputText;
  return (
    <div
      ref={wrapper}
      style={{ width: props.width, maxWidth: '100%' }}
      onBlur={(e) => {
        // Moving between the text, the button and the calendar is still being in the field.
        if (!within(e.relatedTarget) && !open) props.onBlur?.();
      }}
    >
      <TextField
        id={inputId}
        label={props.label}
        onRenderLabel={() => (
          <Label id={labelId} htmlFor={inputId} required={props.required}>
            {props.label}
          </Label>
        )}
        aria-labelledby={labelId}
        description={props.description ? `${props.description} ${t.hint}` : t.hint}
        value={text}
        onChange={(_e, v) => change(v ?? '')}
        onBlur={() => {
          if (parsed.kind === 'date') setText(formatDateText(parsed.iso, lang));
        }}
        required={props.required}
        errorMessage={props.errorMessage}
        autoComplete="off"
        spellCheck={false}
        data-iso={iso}
        onRenderSuffix={() => (
          <IconButton
            elementRef={button}
            onRenderIcon={() => <CalendarGlyph />}
            ariaLabel={t.openCalendar}
            aria-describedby={labelId}
            aria-haspopup="dialog"
            aria-expanded={open}
            aria-controls={open ? calloutId : undefined}
            onClick={() => (open ? close('button') : setOpen(true))}
            styles={{
              root: { height: 30, width: 34, color: iconColour },
              rootHovered: { color: iconColour, background: theme.palette.neutralLighter },
              rootPressed: { color: iconColour, background: theme.palette.neutralLight }
            }}
          />
        )}
        styles={{ suffix: { padding: 0, background: 'transparent' } }}
      />
      {open && (
        <Callout
          id={calloutId}
          role="dialog"
          ariaLabel={t.openCalendar}
          target={wrapper.current?.querySelector('.ms-TextField-fieldGroup') ?? wrapper.current}
          directionalHint={DirectionalHint.bottomLeftEdge}
          isBeakVisible={false}
          gapSpace={2}
          preventDismissOnEvent={(ev) => ev.type !== 'keydown' && !!button.current && ev.target instanceof Node && button.current.contains(ev.target)}
          onDismiss={(ev) => {
            if (ev && 'key' in ev) return close('button');
            // A click elsewhere: the person has left the field.
            close(undefined);
            props.onBlur?.();
          }}
          onPositioned={() => calendar.current?.focus()}
          onRestoreFocus={() => {
            const target = focusAfter.current;
            focusAfter.current = undefined;
            if (target === 'input') document.getElementById(inputId)?.focus();
            else if (target === 'button') button.current?.focus();
          }}
        >
          <div ref={callout}>
            <FocusTrapZone isClickableOutsideFocusTrap disableFirstFocus disableRestoreFocus>
              <Calendar
                componentRef={calendar}
                value={toLocalDate(iso)}
                today={toLocalDate(props.today)}
                onSelectDate={select}
                onDismiss={() => close('button')}
                firstDayOfWeek={DayOfWeek.Monday}
                firstWeekOfYear={FirstWeekOfYear.FirstFourDayWeek}
                showWeekNumbers={props.showWeekNumbers}
                showMonthPickerAsOverlay
                showGoToToday
                minDate={toLocalDate(props.min)}
                maxDate={toLocalDate(props.max)}
                strings={CALENDAR[lang].strings}
                dateTimeFormatter={CALENDAR[lang].formatting}
                navigationIcons={calendarNavigationIcons()}
              />
            </FocusTrapZone>
          </div>
        </Callout>
      )}
    </div>
  );
}

/**
 * Drawn here rather than from the icon font, which a host page may not have loaded: the button
 * must show in every theme, and currentColor follows the button's colour (forced colours too).
 */
function CalendarGlyph(): JSX.Element {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" style={{ display: 'block' }}>
      <path
        fill="currentColor"
        d="M4 0h1.5v2h5V0H12v2h2.5A1.5 1.5 0 0 1 16 3.5v11a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 0 14.5v-11A1.5 1.5 0 0 1 1.5 2H4V0Zm-2.5 6v8.5h13V6h-13Zm2 2h2v2h-2V8Zm3.5 0h2v2H7V8Zm3.5 0h2v2h-2V8Zm-7 3.5h2v2h-2v-2Zm3.5 0h2v2H7v-2Z"
      />
    </svg>
  );
}
