import type { Attendance, Declaration } from '../../../../renderer/domain/model';

let next = 0;
/** A line of the roll call, present unless told otherwise. */
export function line(personId: string, changes: Partial<Attendance> = {}): Attendance {
  next += 1;
  return {
    id: `a${next}`,
    meetingId: 'm1',
    personId,
    name: `Councillor ${personId}`,
    kind: 'member',
    status: 'present',
    order: next,
    ...changes,
  };
}

export function declaration(personId: string, changes: Partial<Declaration> = {}): Declaration {
  return {
    id: `d-${personId}`,
    meetingId: 'm1',
    agendaItemId: 'item5',
    personId,
    kind: 'dpi',
    nature: 'Owns land next to the site',
    conduct: 'leftRoom',
    ...changes,
  };
}
