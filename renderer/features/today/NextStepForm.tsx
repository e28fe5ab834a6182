import { useState } from 'react';
import { addDays } from '../../lib/day-steps';
import { DateField } from '../../components/DateField';

/**
 * Asked when a next step is done: what comes after it, and when (a week on unless changed). Enter saves,
 * Esc keeps the step as it was; saving with no text leaves the case without a next step.
 */
export function NextStepForm(props: {
  today: string;
  onSave: (nextStep: string | null, nextStepOn: string | null) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState('');
  const [on, setOn] = useState(addDays(props.today, 7));
  return (
    <form
      className="next-step-form"
      aria-label="The next step after this one"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(text.trim() || null, text.trim() ? on || null : null);
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onCancel();
        }
      }}
    >
      <label>
        Next step
        <input
          autoFocus
          className="input"
          value={text}
          maxLength={300}
          onChange={(e) => setText(e.target.value)}
          placeholder="What comes next (empty: none for now)"
        />
      </label>
      <label>
        on
        <DateField value={on} onChange={setOn} />
      </label>
      <button className="btn small primary" type="submit">
        Save <kbd>Enter</kbd>
      </button>
      <button className="btn small" type="button" onClick={props.onCancel}>
        Keep <kbd>Esc</kbd>
      </button>
    </form>
  );
}
