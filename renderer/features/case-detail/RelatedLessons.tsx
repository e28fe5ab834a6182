import type { RelatedLesson } from '../../../shared/contract/learning';
import { lessonTagLabel, outcomeLabels, type Outcome } from '../../../shared/domain/vocabulary';
import { formatDate } from '../../lib/format';

const isOutcome = (o: string): o is Outcome => Object.hasOwn(outcomeLabels, o);

/**
 * The loop closing in front of the seller: what earlier cases against the same rivals or in the same segment
 * taught, shown while this one can still be won.
 */
export function RelatedLessons({ lessons, error }: { lessons: RelatedLesson[] | null; error: string | null }) {
  return (
    <section className="panel detail-panel" aria-labelledby="related-heading">
      <header className="panel-head">
        <h2 id="related-heading">Lessons from earlier cases</h2>
      </header>
      {error ? (
        <p className="muted">Could not load lessons: {error}</p>
      ) : lessons === null ? (
        <p className="muted">Loading…</p>
      ) : lessons.length === 0 ? (
        <p className="muted">
          None yet. Debrief cases you close, and what they taught shows here for cases against the same competitors or
          customers like this one.
        </p>
      ) : (
        <ul className="lesson-list">
          {lessons.map((lesson) => (
            <li key={lesson.id}>
              <p className="lesson-because">{lesson.because}</p>
              <p className="lesson-text">
                <span className={`badge ${lesson.kind === 'worked' ? 'won' : 'lost'}`}>
                  {lesson.kind === 'worked' ? 'Worked' : 'Hurt'}
                </span>{' '}
                {lesson.text}
              </p>
              <p className="muted lesson-source">
                {lesson.caseTitle} · {isOutcome(lesson.outcome) ? outcomeLabels[lesson.outcome] : lesson.outcome}
                {lesson.closedOn ? ` · ${formatDate(lesson.closedOn)}` : ''}
                {lesson.tagName ? ` · ${lessonTagLabel(lesson.tagKind, lesson.tagName)}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
