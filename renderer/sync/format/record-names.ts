import { formatShortDate } from '../../domain/en-gb';
import { membershipRoles } from '../../domain/model';

/**
 * A record as the clerk knows it, from its own values, to follow its table's name in a refusal: Meeting "of
 * 13 March 2013", Agenda item "“Budget”", Minute "101". Empty when the record holds nothing a clerk would
 * recognise. A value that is itself what is wrong is left to the refusal to quote.
 *
 * @example recordName('agendaItems', { title: 'Budget' }) // "“Budget”"
 */
export function recordName(table: string, values: Record<string, unknown>): string {
  const text = (field: string) => {
    const value = values[field];
    return typeof value === 'string' ? value.trim() : '';
  };
  const quoted = (value: string) =>
    value ? `“${value.length > 60 ? `${value.slice(0, 57)}…` : value}”` : '';
  switch (table) {
    case 'meetings': {
      // A meeting whose date is what is wrong is known by its room.
      const date = readableDate(text('date'));
      return date ? `of ${date}` : text('venue') ? `in ${text('venue')}` : '';
    }
    case 'minutes':
      return text('number');
    case 'people':
      return quoted([text('title'), text('name')].filter(Boolean).join(' '));
    case 'memberships': {
      const role = membershipRoles[text('role') as keyof typeof membershipRoles];
      return role ? `as ${role}` : '';
    }
    case 'attendance':
      return quoted(text('name'));
    case 'meetingEvents':
      return text('at') ? `at ${text('at')}` : '';
    case 'bankHolidays':
      return quoted(text('name'));
    default:
      for (const field of ['title', 'matter', 'name', 'label', 'nature', 'text', 'description']) {
        if (text(field)) return quoted(text(field));
      }
      return '';
  }
}

function readableDate(date: string): string {
  try {
    return formatShortDate(date);
  } catch {
    return '';
  }
}
