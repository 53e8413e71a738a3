// Reads an iCalendar file with ical.js (Mozilla's parser, the one Thunderbird uses) and prints what a
// calendar would import, as JSON: each event's uid, summary, start and end (with whether they are dates),
// and each reminder's action and trigger. Any parse error exits non-zero with the reason.
// Usage: node ics-check.mjs <path to ical.js's dist/ical.js> <file.ics>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [icalPath, file] = process.argv.slice(2);
const ICAL = (await import(pathToFileURL(icalPath).href)).default;
const text = readFileSync(file, 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
  const event = new ICAL.Event(vevent);
  return {
    uid: event.uid,
    summary: event.summary,
    description: event.description,
    start: event.startDate.toString(),
    startIsDate: event.startDate.isDate,
    end: event.endDate.toString(),
    alarms: vevent.getAllSubcomponents('valarm').map((alarm) => ({
      action: alarm.getFirstPropertyValue('action'),
      trigger: alarm.getFirstPropertyValue('trigger').toString(),
    })),
  };
});
console.log(JSON.stringify({
  version: calendar.getFirstPropertyValue('version'),
  prodid: calendar.getFirstPropertyValue('prodid'),
  events,
}));
