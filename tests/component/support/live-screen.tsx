import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { db } from '../../../renderer/db/database';
import { openRollCall, updateAttendance } from '../../../renderer/db/repositories/attendance';
import { LiveMeetingPage } from '../../../renderer/ui/features/live-meeting/live-meeting-page';

/** The live meeting screen of `meetingId`, as the clerk reaches it from the meeting's "Go into the meeting". */
export function showLiveMeeting(meetingId: string) {
  return render(
    <MemoryRouter initialEntries={[`/meetings/${meetingId}/live`]}>
      <Routes>
        <Route path="meetings/:meetingId/live" element={<LiveMeetingPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

/** Opens the meeting's roll call and marks everyone on it present, as a clerk does when all have arrived. */
export async function everyonePresent(meetingId: string): Promise<void> {
  await openRollCall(meetingId);
  for (const line of await db.attendance.where('meetingId').equals(meetingId).toArray())
    await updateAttendance(line.id, { status: 'present' });
}
