import { describe, expect, it } from 'vitest';
import { defaultHouseStyle, houseStyleOf } from '../../../renderer/domain/house-style';
import { houseStylePreview } from '../../../renderer/domain/house-style-preview';
import type { Motion } from '../../../renderer/domain/model';
import { proceedingLines, type WordingContext } from '../../../renderer/domain/proceeding-wording';
import { runningOrder } from '../../../renderer/domain/running-order';

const motion = (fields: Partial<Motion>): Motion => ({
  id: 'm1',
  meetingId: 'meeting',
  minuteId: 'minute',
  text: 'That the report be adopted.',
  order: 0,
  ...fields,
});

function printed(motions: Motion[], style?: WordingContext['style']): string[] {
  const context: WordingContext = {
    motions,
    nameOf: (id) => `Councillor ${id ?? ''}`,
    itemNumberOf: () => '5',
    style,
  };
  return proceedingLines(runningOrder({ proceedings: [] }, motions), context).map((line) => line.text);
}

describe('the house’s wording of motions', () => {
  it('keeps "It was moved by X and seconded by Y" unless the house chooses otherwise', () => {
    expect(defaultHouseStyle.motionWording).toBe('itWasMoved');
    const moved = motion({ moverId: 'Ash', seconderId: 'Birch' });
    expect(printed([moved])[0]).toBe(
      'It was moved by Councillor Ash and seconded by Councillor Birch: That the report be adopted.',
    );
    expect(printed([moved], houseStyleOf(undefined))[0]).toBe(printed([moved])[0]);
  });

  it('writes "Moved by X, seconded by Y" where the house does, for motions and amendments alike', () => {
    const style = houseStyleOf({ houseStyle: { motionWording: 'movedBy' } });
    const moved = motion({ moverId: 'Ash', seconderId: 'Birch' });
    const amendment = motion({
      id: 'm2',
      amendsMotionId: 'm1',
      moverId: 'Cedar',
      text: 'Add "by June".',
      order: 1,
    });
    const lines = printed([moved, amendment], style);
    expect(lines).toContain(
      'Moved by Councillor Ash, seconded by Councillor Birch: That the report be adopted.',
    );
    expect(lines).toContain('Amendment moved by Councillor Cedar: Add "by June".');
  });

  it('never prints "by" or "seconded by" with no name after it', () => {
    for (const motionWording of ['itWasMoved', 'movedBy'] as const) {
      const lines = printed([motion({})], { motionWording, recordedVotes: 'lists' });
      expect(lines[0]).toMatch(/^(It was moved|Moved): That the report be adopted\.$/);
    }
  });
});

describe('the house’s layout of a recorded vote', () => {
  const recorded = motion({
    moverId: 'Ash',
    vote: {
      kind: 'recorded',
      choices: [
        { personId: 'Ash', choice: 'for' },
        { personId: 'Birch', choice: 'against' },
        { personId: 'Cedar', choice: 'abstain' },
      ],
    },
    result: 'carried',
  });

  it('prints each side’s names in a line by default, as before', () => {
    const lines = printed([recorded], houseStyleOf(undefined));
    expect(lines).toContain('For (1): Councillor Ash');
    expect(lines).toContain('Against (1): Councillor Birch');
    expect(lines).toContain('For: 1, Against: 1, Abstentions: 1');
  });

  it('prints a table of Name | Vote, in the order the roll was called, where the house tabulates votes', () => {
    const context: WordingContext = {
      motions: [recorded],
      nameOf: (id) => `Councillor ${id ?? ''}`,
      itemNumberOf: () => '5',
      style: { motionWording: 'itWasMoved', recordedVotes: 'table' },
    };
    const lines = proceedingLines(runningOrder({ proceedings: [] }, [recorded]), context);
    expect(lines.filter((line) => line.cells).map((line) => line.cells)).toEqual([
      ['Name', 'Vote'],
      ['Councillor Ash', 'For'],
      ['Councillor Birch', 'Against'],
      ['Councillor Cedar', 'Abstain'],
    ]);
    expect(lines.map((line) => line.text)).toContain('For: 1, Against: 1, Abstentions: 1');
    expect(lines.map((line) => line.text)).not.toContain('For (1): Councillor Ash');
  });
});

describe('a recorded vote with nobody named yet', () => {
  it('prints no table of headings alone, only the totals', () => {
    const empty = motion({ vote: { kind: 'recorded', choices: [] }, result: 'lost' });
    const context: WordingContext = {
      motions: [empty],
      nameOf: (id) => id ?? '',
      itemNumberOf: () => '5',
      style: { motionWording: 'itWasMoved', recordedVotes: 'table' },
    };
    const lines = proceedingLines(runningOrder({ proceedings: [] }, [empty]), context);
    expect(lines.filter((line) => line.cells)).toEqual([]);
    expect(lines.map((line) => line.text)).toContain('For: 0, Against: 0, Abstentions: 0');
  });
});

describe('the settings preview of the new choices', () => {
  it('shows the motion, the recorded vote and the attendance in the chosen style', () => {
    const plain = houseStylePreview(defaultHouseStyle).join('\n');
    expect(plain).toContain('It was moved by Councillor Marcus Brennan and seconded by Councillor Ann Lee');
    expect(plain).toContain('For (2): Councillor Helen Okafor and Councillor Marcus Brennan');
    expect(plain).toContain('Officers: Priya Shah (Head of Policy)');
    const chosen = houseStylePreview({
      ...defaultHouseStyle,
      motionWording: 'movedBy',
      recordedVotes: 'table',
      attendanceForm: 'numbered',
    }).join('\n');
    expect(chosen).toContain('Moved by Councillor Marcus Brennan, seconded by Councillor Ann Lee');
    expect(chosen).toContain('Councillor Ann Lee    Against');
    expect(chosen).toContain('(1) Present:');
    expect(chosen).toContain('(2) The following officers attended:');
    expect(chosen).toContain('Priya Shah    Head of Policy');
    expect(chosen).toContain('Apologies were received from:');
  });

  it('reads an unknown stored choice as the default', () => {
    const style = houseStyleOf({ houseStyle: { recordedVotes: 'grid', attendanceForm: 1 } } as never);
    expect(style).toMatchObject({
      recordedVotes: 'lists',
      attendanceForm: 'lists',
      motionWording: 'itWasMoved',
    });
  });
});
