/** The Agenda's "Export upcoming interviews (.ics)": every scheduled interview to come. */
import { useExportActions } from './use-export-actions';

export function AgendaCalendarButton() {
  const actions = useExportActions();
  return (
    <button
      type="button"
      className="button"
      onClick={() => void actions.saveCalendar({ label: 'Upcoming interviews' })}
    >
      Export upcoming interviews (.ics)
    </button>
  );
}
