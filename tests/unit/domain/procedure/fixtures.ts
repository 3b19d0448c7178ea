import type { Motion, NewProceeding, Proceeding } from '../../../../renderer/domain/model';
import type { WordingContext } from '../../../../renderer/domain/proceeding-wording';

export const motion = (id: string, order: number, fields: Partial<Motion> = {}): Motion => ({
  id,
  meetingId: 'mt',
  minuteId: 'min',
  text: `Motion ${id}`,
  order,
  ...fields,
});

export const step = (id: string, fields: NewProceeding): Proceeding => ({ id, ...fields });

const names: Record<string, string> = {
  ahmed: 'Councillor Ahmed',
  baker: 'Councillor Baker',
  cole: 'Councillor Cole',
  dunn: 'Councillor Dunn',
  evans: 'Councillor Evans',
};

export const context = (motions: Motion[]): WordingContext => ({
  motions,
  nameOf: (id) => (id ? (names[id] ?? id) : 'an unnamed person'),
  itemNumberOf: (id) => ({ 'item-9': '9', 'item-10': '10' })[id] ?? '',
});
