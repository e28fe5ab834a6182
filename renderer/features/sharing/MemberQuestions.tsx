/**
 * The merge's questions about team members: a name in the teammate's file that more than one member here has.
 * Each is answered with one of them or "someone new" before the merge can run; nothing is guessed.
 * Changes with: use-sharing.ts (answers), electron/team/local-rows.ts (where the question comes from).
 */
import type { MemberMap } from '../../../shared/contract/sharing';
import type { MemberQuestion } from './use-sharing';

export function MemberQuestions({
  questions,
  answers,
  from,
  disabled,
  onAnswer,
}: {
  questions: MemberQuestion[];
  answers: MemberMap;
  from: string;
  disabled: boolean;
  onAnswer: (id: string, choice: string) => void;
}) {
  if (questions.length === 0) return null;
  const open = questions.filter((q) => answers[q.id] === undefined).length;
  return (
    <div className="member-questions" role="group" aria-labelledby="member-questions-heading">
      <h4 id="member-questions-heading">
        {questions.length === 1 ? 'Who is this?' : 'Who are these?'}{' '}
        <span className="muted">{open === 0 ? 'All answered.' : `${open} to answer before merging.`}</span>
      </h4>
      {questions.map((q) => (
        <fieldset key={q.id} className="member-question">
          <legend>
            {from} has a team member called <strong>{q.name}</strong>, and more than one of yours has that name.
          </legend>
          {q.candidates.map((c, i) => (
            <label key={c.id} className="check">
              <input
                type="radio"
                name={`member-${q.id}`}
                value={c.id}
                checked={answers[q.id] === c.id}
                disabled={disabled}
                onChange={() => onAnswer(q.id, c.id)}
              />
              {c.name.trim() || q.name}{' '}
              <span className="muted">
                (yours, {c.cases === 0 ? 'no cases' : c.cases === 1 ? 'owns 1 case' : `owns ${c.cases} cases`}
                {q.candidates.some((o, j) => j !== i && o.cases === c.cases)
                  ? `, the ${ordinal(i + 1)} of that name`
                  : ''}
                )
              </span>
            </label>
          ))}
          <label className="check">
            <input
              type="radio"
              name={`member-${q.id}`}
              value="new"
              checked={answers[q.id] === 'new'}
              disabled={disabled}
              onChange={() => onAnswer(q.id, 'new')}
            />
            Someone new: add {q.name} as a member of their own
          </label>
        </fieldset>
      ))}
    </div>
  );
}

const ordinal = (n: number) => (n === 1 ? '1st' : n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`);
