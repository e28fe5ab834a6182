import { memo, useEffect, useId, useMemo, useState } from 'react';
import type { Action, Lesson } from '../../../shared/contract/learning';
import { formatDay, relativeDay } from './dates';
import { useCaseTitles } from './use-case-titles';

export interface CardCommands {
  onEdit: (action: Action) => void;
  onMarkDone: (action: Action) => void;
  onReopen: (action: Action) => void;
  onDrop: (action: Action) => void;
  onDelete: (action: Action) => void;
}

const LESSONS_SHOWN = 2;

/** One action: what, who, when, which cases it should move, the lessons behind it, and what can be done with it. */
export const ActionCard = memo(function ActionCard({ action, ...commands }: { action: Action } & CardCommands) {
  const titleId = useId();
  const open = action.status === 'open';
  const kind = action.kind === 'corrective' ? 'Corrective' : 'Preventive';
  return (
    <article
      className={`action-card${action.overdue ? ' overdue' : ''}`}
      data-action-id={action.id}
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <div className="action-card-head">
        <h3 id={titleId}>{action.title}</h3>
        <span className={`badge kind ${action.kind}`}>{kind}</span>
      </div>
      <dl className="action-facts">
        <dt>Owner</dt>
        <dd className={action.ownerName ? undefined : 'muted'}>{action.ownerName ?? 'Nobody yet'}</dd>
        {action.status === 'done' && action.doneOn ? (
          <>
            <dt>Done</dt>
            <dd>
              <When day={action.doneOn} />
            </dd>
          </>
        ) : (
          <>
            <dt>Due</dt>
            <dd className={action.overdue ? 'late' : action.dueOn ? undefined : 'muted'}>
              {action.dueOn ? <When day={action.dueOn} /> : 'No due date'}
            </dd>
          </>
        )}
        <dt>Scope</dt>
        <dd>{action.scopeLabel}</dd>
      </dl>
      {action.lessons.length > 0 ? <Lessons lessons={action.lessons} /> : null}
      <div className="action-card-buttons">
        {open ? (
          <button className="btn small" aria-describedby={titleId} onClick={() => commands.onMarkDone(action)}>
            Mark done
          </button>
        ) : (
          <button className="btn small" aria-describedby={titleId} onClick={() => commands.onReopen(action)}>
            Reopen
          </button>
        )}
        <button className="btn small ghost" aria-describedby={titleId} onClick={() => commands.onEdit(action)}>
          Edit
        </button>
        {open ? (
          <button className="btn small ghost" aria-describedby={titleId} onClick={() => commands.onDrop(action)}>
            Drop
          </button>
        ) : null}
        <button className="btn small ghost danger" aria-describedby={titleId} onClick={() => commands.onDelete(action)}>
          Delete
        </button>
      </div>
    </article>
  );
});

/** "in 3 days · 18 Mar 2025": relative for a quick read, absolute to be sure. */
function When({ day }: { day: string }) {
  return (
    <time dateTime={day}>
      <span className="when-relative">{capitalise(relativeDay(day))}</span>
      <span className="muted"> · {formatDay(day)}</span>
    </time>
  );
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

function Lessons({ lessons }: { lessons: Lesson[] }) {
  const [all, setAll] = useState(false);
  // In the order they were written: the server returns links in no particular order.
  const ordered = useMemo(
    () => [...lessons].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
    [lessons],
  );
  const shown = all ? ordered : ordered.slice(0, LESSONS_SHOWN);
  const label = `Because of ${lessons.length === 1 ? 'this lesson' : `these ${lessons.length} lessons`}`;
  return (
    <div className="action-lessons">
      <p className="action-lessons-label">{label}</p>
      <ul aria-label={label}>
        {shown.map((lesson) => (
          <li key={lesson.id}>
            <span className={`badge ${lesson.kind === 'worked' ? 'won' : 'lost'}`}>
              {lesson.kind === 'worked' ? 'Worked' : 'Hurt'}
            </span>
            <span className="action-lesson-text">
              {lesson.text} <CaseLink caseId={lesson.caseId} />
            </span>
          </li>
        ))}
      </ul>
      {lessons.length > LESSONS_SHOWN ? (
        <button className="btn small ghost more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${lessons.length} lessons`}
        </button>
      ) : null}
    </div>
  );
}

function CaseLink({ caseId }: { caseId: string }) {
  const title = useCaseTitles((s) => s.titles[caseId]);
  const known = useCaseTitles((s) => caseId in s.titles);
  const request = useCaseTitles((s) => s.request);
  useEffect(() => {
    if (!known) request(caseId);
  }, [caseId, known, request]);
  return (
    <span className="lesson-case">
      from <a href={`#/cases/${caseId}`}>{title ?? 'its case'}</a>
    </span>
  );
}
