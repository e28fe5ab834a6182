/**
 * "Because of": the lessons an action answers, as checkboxes. Used where actions are decided (the debrief's
 * last step) and where they are edited (the actions board).
 */
export function LessonChecklist(props: {
  lessons: { id: string; text: string }[];
  selected: string[];
  onChange: (ids: string[]) => void;
  className: string;
  error?: string | undefined;
}) {
  const { selected } = props;
  return (
    <fieldset className={props.className}>
      <legend>Because of</legend>
      {props.lessons.map((l) => (
        <label key={l.id} className="check">
          <input
            type="checkbox"
            checked={selected.includes(l.id)}
            onChange={(e) =>
              props.onChange(e.target.checked ? [...selected, l.id] : selected.filter((id) => id !== l.id))
            }
          />
          {l.text}
        </label>
      ))}
      {props.error ? <span className="error-text">{props.error}</span> : null}
    </fieldset>
  );
}
