import { describe, expect, it } from 'vitest';
import type { MinuteNumberingScheme } from '../../../renderer/domain/model';
import { renumberMinutes, type MinuteToRenumber } from '../../../renderer/domain/minute-renumbering';

/** A stamp as the hybrid clock writes it: millis, counter, laptop. */
const stamp = (millis: number, laptop: string) => `${String(millis).padStart(15, '0')}-00000-${laptop}`;

const minute = (id: string, takenOrder: number, number: string, created?: string): MinuteToRenumber => ({
  id,
  takenOrder,
  number,
  createdStamp: created,
});

/** The meeting's minutes after applying the renumbering, in order taken, as "number@order". */
function after(
  minutes: MinuteToRenumber[],
  approved = false,
  scheme: MinuteNumberingScheme = 'continuous',
): string[] {
  const changes = new Map(renumberMinutes({ scheme, approved, minutes }).map((c) => [c.id, c]));
  return minutes
    .map((m) => ({ ...m, ...changes.get(m.id) }))
    .sort((a, b) => a.takenOrder - b.takenOrder)
    .map((m) => `${m.id} ${m.number}@${m.takenOrder}`);
}

describe('settling minute numbers after two laptops minuted apart', () => {
  it('changes nothing when every number and order taken is distinct', () => {
    const minutes = [minute('a', 1, '101', stamp(1, 'office')), minute('b', 2, '102', stamp(2, 'office'))];
    expect(renumberMinutes({ scheme: 'continuous', approved: false, minutes })).toEqual([]);
  });

  it('numbers a draft meeting in the order items were taken, from its lowest number', () => {
    // The office took item X at 18:05 and item Z at 18:20; the chamber laptop took item Y at 18:10.
    const minutes = [
      minute('x', 1, '110', stamp(1805, 'office')),
      minute('z', 2, '111', stamp(1820, 'office')),
      minute('y', 1, '110', stamp(1810, 'chamber')),
    ];
    expect(after(minutes)).toEqual(['x 110@1', 'y 111@2', 'z 112@3']);
  });

  it('gives both laptops the same answer whatever order they hold the minutes in', () => {
    const office = [minute('x', 1, '110', stamp(5, 'office')), minute('y', 1, '110', stamp(5, 'chamber'))];
    const chamber = [...office].reverse();
    const fromOffice = renumberMinutes({ scheme: 'continuous', approved: false, minutes: office });
    const fromChamber = renumberMinutes({ scheme: 'continuous', approved: false, minutes: chamber });
    expect(fromChamber).toEqual(fromOffice);
    // Same moment on both laptops: the stamps' laptop names break the tie ("chamber" before "office").
    expect(after(office)).toEqual(['y 110@1', 'x 111@2']);
  });

  it('keeps the municipal year of per-year numbers', () => {
    const minutes = [minute('a', 1, '9/18', stamp(1, 'office')), minute('b', 1, '9/18', stamp(2, 'chamber'))];
    expect(after(minutes, false, 'perMunicipalYear')).toEqual(['a 9/18@1', 'b 10/18@2']);
  });

  it('leaves per-agenda-item numbers alone and settles only the order taken', () => {
    const minutes = [minute('a', 1, '4', stamp(2, 'office')), minute('b', 1, '5', stamp(1, 'chamber'))];
    expect(after(minutes, false, 'perAgendaItem')).toEqual(['b 5@1', 'a 4@2']);
  });

  it('in approved minutes keeps every printed number and moves only the later duplicate to the end', () => {
    const minutes = [
      minute('a', 1, '101', stamp(1, 'office')),
      minute('b', 2, '102', stamp(3, 'office')),
      minute('c', 2, '102', stamp(2, 'chamber')),
      minute('d', 3, '103', stamp(4, 'office')),
    ];
    expect(after(minutes, true)).toEqual(['a 101@1', 'c 102@2', 'd 103@3', 'b 104@4']);
  });

  it('orders minutes from before clocks first, then by their own order and id', () => {
    const minutes = [minute('b', 1, '7'), minute('a', 1, '7'), minute('c', 2, '8', stamp(1, 'office'))];
    expect(after(minutes)).toEqual(['a 7@1', 'b 8@2', 'c 9@3']);
  });
});
