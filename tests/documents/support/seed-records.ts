import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MeetingRecord } from '../../../renderer/domain/meeting-record';
import { richTextFromPlain, emptyRichText } from '../../../renderer/domain/rich-text';
import { RecordKeyer } from './record-factory';

type Seed004 = {
  organisation: { name: string };
  committee: {
    name: string;
    members: { name: string; role: string; position: string; organisation: string }[];
  };
  previousMeeting: {
    date: string;
    commenced: string;
    closed: string;
    present: string[];
    officersPresent: string[];
    apologies: string[];
    minutes: {
      number: string;
      title: string;
      text?: string;
      resolution?: { verb: string; text?: string; clauses?: string[] };
      action?: string;
    }[];
  };
};

type Seed001 = {
  committee: { name: string };
  meeting: {
    date: string;
    start: string;
    venue: string;
    ended: string;
    present: string[];
    alsoPresent: string[];
    apologies: string[];
    minutes: { number: string; title: string; text: string; conclusions?: string[] }[];
  };
};

const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', name), 'utf8')) as T;

/** "Marianne Locke (Divisional Director, Community and Culture)" -> name and position. */
function splitName(printed: string): { name: string; position: string; role?: string } {
  const match = /^([^(]+?)\s*\((.+?)\)/.exec(printed);
  if (!match) return { name: printed.trim(), position: '' };
  const inner = match[2] ?? '';
  if (inner === 'Chairman' || inner === 'Chair') return { name: match[1] ?? '', position: '', role: 'chair' };
  if (inner === 'Vice-Chair') return { name: match[1] ?? '', position: '', role: 'viceChair' };
  return { name: match[1] ?? '', position: inner };
}

/** Seed 004's previous meeting (6 December 2012, minutes 101-109) keyed into Chamber. */
export function seed004PreviousMinutes(): MeetingRecord {
  const seed = fixture<Seed004>('seed-004-partnership-board.json');
  const previous = seed.previousMeeting;
  const keyer = new RecordKeyer(
    seed.organisation.name,
    seed.committee.name,
    previous.date,
    '18:00',
    'Harrow Civic Centre',
  );
  for (const printed of previous.present) {
    const { name, role } = splitName(printed);
    const person = keyer.person(name);
    keyer.seat(person, role === 'chair' ? 'chair' : 'member');
    keyer.attend(person, 'member');
  }
  for (const printed of previous.officersPresent)
    keyer.attend(keyer.person(splitName(printed).name, splitName(printed).position), 'officer');
  for (const printed of previous.apologies)
    keyer.attend(keyer.person(splitName(printed).name), 'member', 'apologies');
  for (const entry of previous.minutes) {
    const item = keyer.item(entry.title);
    const minute = keyer.minute(
      item,
      entry.number,
      entry.text ? richTextFromPlain(entry.text) : emptyRichText(),
    );
    if (entry.resolution) {
      const verb = entry.resolution.verb === 'AGREED' ? 'agreed' : 'resolved';
      keyer.resolve(minute, verb, entry.resolution.text ?? 'That', entry.resolution.clauses ?? []);
    }
    if (entry.action) keyer.action(minute, entry.action);
  }
  keyer.event('started', previous.commenced);
  keyer.event('closed', previous.closed);
  return keyer.record;
}

/** Seed 001 (Scrutiny & Overview Committee, 6 March 2018, minutes 9/18-15/18) keyed into Chamber. */
export function seed001Minutes(): MeetingRecord {
  const seed = fixture<Seed001>('seed-001-scrutiny-minutes.json');
  const { meeting } = seed;
  const keyer = new RecordKeyer(
    'London Borough of Example',
    seed.committee.name,
    meeting.date,
    meeting.start,
    meeting.venue,
  );
  keyer.record.committee.minuteNumbering = 'perMunicipalYear';
  for (const printed of meeting.present) {
    const { name, role } = splitName(printed);
    const person = keyer.person(name);
    keyer.seat(person, role === 'chair' ? 'chair' : role === 'viceChair' ? 'viceChair' : 'member');
    keyer.attend(person, 'member');
  }
  for (const printed of meeting.alsoPresent) keyer.attend(keyer.person(printed), 'alsoPresent');
  for (const printed of meeting.apologies) {
    const person = keyer.person(printed);
    keyer.seat(person, 'member');
    keyer.attend(person, 'member', 'apologies');
  }
  for (const entry of meeting.minutes) {
    keyer.minute(
      keyer.item(entry.title),
      entry.number,
      richTextFromPlain(entry.text),
      entry.conclusions ?? [],
    );
  }
  keyer.event('closed', meeting.ended);
  return keyer.record;
}
