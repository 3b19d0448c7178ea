import {
  Button,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';
import { openRollCall, updateAttendance } from '../../../db/repositories/attendance';
import { attendanceStatuses, type AttendanceStatus } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { Loading } from '../../common/loading';
import { useAction } from '../../common/use-action';

const statusChoices: AttendanceStatus[] = ['present', 'apologies', 'absent'];

/** The roll call: one line per member, each marked present, apologies or absent with the arrow keys. */
export function AttendanceTab({ meetingId }: { meetingId: string }) {
  const lines = useLiveQuery(
    () => db.attendance.where('meetingId').equals(meetingId).sortBy('order'),
    [meetingId],
  );
  const [open, opening] = useAction(openRollCall);
  const [mark, marking] = useAction(updateAttendance);
  if (lines === undefined) return <Loading what="attendance" />;
  return (
    <>
      <ErrorMessage error={opening.error ?? marking.error} title="Attendance was not saved" />
      {lines.length === 0 ? (
        <Text>The roll call has not been taken yet.</Text>
      ) : (
        <Table aria-label="Attendance">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Name</TableHeaderCell>
              <TableHeaderCell>Attendance</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lines.map((line) => (
              <TableRow key={line.id}>
                <TableCell>{line.name}</TableCell>
                <TableCell>
                  <RadioGroup
                    layout="horizontal"
                    aria-label={`Attendance of ${line.name}`}
                    value={line.status}
                    onChange={(_, data) => void mark(line.id, { status: data.value as AttendanceStatus })}
                  >
                    {statusChoices.map((status) => (
                      <Radio key={status} value={status} label={attendanceStatuses[status]} />
                    ))}
                  </RadioGroup>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <div>
        <Button onClick={() => void open(meetingId)} disabled={opening.busy}>
          {lines.length === 0 ? 'Take the roll call' : 'Add new members to the roll call'}
        </Button>
      </div>
    </>
  );
}
