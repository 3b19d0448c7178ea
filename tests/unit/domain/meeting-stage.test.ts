import { describe, expect, it } from 'vitest';
import {
  mainCommand,
  meetingCommands,
  meetingStage,
  type MeetingFacts,
} from '../../../renderer/domain/meeting-stage';
import type { MeetingStatus } from '../../../renderer/domain/model';

const on = (status: MeetingStatus, changes: Partial<MeetingFacts> = {}): MeetingFacts => ({
  status,
  date: '2027-03-10',
  today: '2027-02-01',
  businessItems: 3,
  ...changes,
});

describe('a meeting’s main command follows its stage', () => {
  it('asks for the agenda while a planned meeting has only its standing items', () => {
    expect(meetingStage(on('planned', { businessItems: 0 }))).toBe('buildingAgenda');
    expect(meetingCommands[mainCommand(on('planned', { businessItems: 0 }))]).toBe('Build the agenda');
  });

  it('offers the agenda pack once there is business, and after publishing until the day', () => {
    expect(mainCommand(on('planned'))).toBe('makeAgendaPack');
    expect(mainCommand(on('agendaPublished'))).toBe('makeAgendaPack');
    expect(meetingStage(on('agendaPublished'))).toBe('agendaPublished');
  });

  it('goes into the meeting on its day, published or not, and after a day that passed without closing it', () => {
    expect(mainCommand(on('agendaPublished', { today: '2027-03-10' }))).toBe('goIntoMeeting');
    expect(mainCommand(on('planned', { today: '2027-03-10', businessItems: 0 }))).toBe('goIntoMeeting');
    expect(mainCommand(on('planned', { today: '2027-03-11' }))).toBe('goIntoMeeting');
    expect(meetingStage(on('agendaPublished', { today: '2027-03-09' }))).toBe('agendaPublished');
  });

  it('then the minutes: write them once held, approve them once drafted, save them once approved', () => {
    expect(meetingCommands[mainCommand(on('held'))]).toBe('Write the minutes');
    expect(meetingCommands[mainCommand(on('minutesDrafted'))]).toBe('Approve the minutes');
    expect(meetingCommands[mainCommand(on('minutesApproved'))]).toBe('Save minutes (.docx)');
  });

  it('never puts "Save minutes" first on a meeting only planned', () => {
    for (const businessItems of [0, 1, 40]) {
      expect(mainCommand(on('planned', { businessItems }))).not.toBe('saveMinutes');
    }
  });

  it('offers to reinstate a cancelled meeting, even on its day', () => {
    expect(mainCommand(on('cancelled', { today: '2027-03-10' }))).toBe('reinstate');
  });

  it('never counts a day it cannot read as reached', () => {
    expect(meetingStage(on('planned', { date: 'not a date', today: '2099-01-01' }))).toBe('agendaReady');
    expect(meetingStage(on('planned', { date: '', businessItems: 0 }))).toBe('buildingAgenda');
  });

  it('treats a status it cannot read as planned', () => {
    expect(meetingStage(on('weird' as MeetingStatus))).toBe('buildingAgenda');
  });
});
