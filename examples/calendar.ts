// The UK calendar a council works to: the bank holidays of the next twelve months in each
// division, and when an FOI request received over Christmas or Easter is due.
//
//   npx tsx examples/calendar.ts
import {
  addCalendarDays,
  addCalendarMonths,
  addWorkingDays,
  bankHolidays,
  dayNumber,
  dayOfWeek,
  GOV_UK_DIVISIONS,
  isWorkingDay,
  londonDay,
  workingCalendar,
  workingDaysBetween,
} from "council-contact/calendar";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const NAMES = {
  "england-and-wales": "England and Wales",
  scotland: "Scotland",
  "northern-ireland": "Northern Ireland",
};
const show = (date: string) => `${WEEKDAYS[dayOfWeek(date)]} ${date}`;

// Today in London (not in UTC: just after midnight in summer, UTC is still on yesterday).
const today = londonDay(new Date());
const yearAhead = addCalendarDays(addCalendarMonths(today, 12), -1);
console.log(`Bank holidays from ${show(today)} to ${show(yearAhead)}\n`);
for (const division of GOV_UK_DIVISIONS) {
  const holidays = bankHolidays(division, { from: today, to: yearAhead });
  console.log(`${NAMES[division]} (${holidays.length})`);
  for (const h of holidays) {
    const elsewhere = h.divisions.length < 3 ? `  [${h.divisions.map((d) => NAMES[d]).join(", ")} only]` : "";
    console.log(`  ${show(h.date)}  ${h.title}${h.substitute ? " (substitute day)" : ""}${elsewhere}`);
  }
  console.log();
}

// FOIA s.10: respond by the 20th working day after receipt, where a working day excludes a bank
// holiday anywhere in the UK, so Scotland's 2 January and Northern Ireland's 17 March count too.
console.log("FOI requests: the 20th working day after receipt (division: united-kingdom)\n");
const foi = { division: "united-kingdom" } as const;
const received = [
  "2025-12-19", // the Friday before Christmas
  "2025-12-24", // Christmas Eve
  "2025-12-27", // a Saturday: day 1 is the next working day
  "2026-03-13", // before St Patrick's Day and Easter (3 and 6 April 2026)
  "2026-04-02", // Maundy Thursday
];
for (const date of received) {
  const due = addWorkingDays(date, 20, foi);
  const calendarDays = dayNumber(due) - dayNumber(date);
  const englandOnly = addWorkingDays(date, 20, { division: "england-and-wales" });
  const note = englandOnly === due ? "" : `  (England and Wales holidays alone would say ${show(englandOnly)})`;
  console.log(`  received ${show(date)}  due ${show(due)}  ${calendarDays} calendar days${note}`);
}

// A council closed between Christmas and New Year counts its own complaint deadlines differently.
const council = workingCalendar({
  division: "england-and-wales",
  closures: [{ from: "2025-12-29", to: "2025-12-31" }],
});
const complaint = "2025-12-22";
console.log(`\nA complaint received ${show(complaint)} (stage 1: 10 working days)`);
console.log(
  `  with bank holidays only:           due ${show(addWorkingDays(complaint, 10, { division: "england-and-wales" }))}`,
);
console.log(`  with the 29–31 December shutdown:  due ${show(council.addWorkingDays(complaint, 10))}`);
console.log(
  `  working days in the shutdown week: ${workingDaysBetween("2025-12-28", "2026-01-02", { division: "england-and-wales" })} open, ` +
    `${council.workingDaysBetween("2025-12-28", "2026-01-02")} when closed; 2 January is a working day: ${isWorkingDay("2026-01-02", { division: "england-and-wales" })}`,
);
