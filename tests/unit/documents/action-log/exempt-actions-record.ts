import { sampleMeetingRecord } from '../../../../renderer/documents/sample/sample-meeting';
import type { MeetingRecord } from '../../../../renderer/domain/meeting-record';
import type { Action } from '../../../../renderer/domain/model';

/** The sample meeting with an action agreed on its Part B item (Leisure Centre Contract) and one on a sub-item of it. */
export function withExemptActions(): MeetingRecord {
  const record = sampleMeetingRecord();
  const base = record.actions[0]!;
  const onLeisure: Action = {
    ...base,
    id: 'a-tender',
    minuteId: 'min-i-leisure',
    text: 'Negotiate the tender price with the first-ranked bidder.',
    status: 'open',
    outcome: '',
  };
  // A sub-item of the Part B item is discussed in private too, whatever its own part says.
  const subItem = {
    ...record.agendaItems[0]!,
    id: 'i-leisure-pricing',
    parentId: 'i-leisure',
    part: 'A' as const,
  };
  const subMinute = { ...record.minutes[0]!, id: 'min-i-leisure-pricing', agendaItemId: subItem.id };
  const onSubItem: Action = {
    ...onLeisure,
    id: 'a-pricing',
    minuteId: subMinute.id,
    text: 'Check the bid prices.',
  };
  return {
    ...record,
    agendaItems: [...record.agendaItems, subItem],
    minutes: [...record.minutes, subMinute],
    actions: [...record.actions, onLeisure, onSubItem],
  };
}
