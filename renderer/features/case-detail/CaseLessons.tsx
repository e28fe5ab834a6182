import type { Lesson } from '../../../shared/contract/learning';
import { lessonTagLabel } from '../../../shared/domain/vocabulary';

/** What a closed case taught, as recorded in its debrief. */
export function CaseLessons({ lessons }: { lessons: Lesson[] }) {
  return (
    <section className="panel detail-panel" aria-labelledby="case-lessons-heading">
      <header className="panel-head">
        <h2 id="case-lessons-heading">Lessons from this case</h2>
      </header>
      {lessons.length === 0 ? (
        <p className="muted">No lessons recorded yet. The debrief asks for them.</p>
      ) : (
        <ul className="lesson-list">
          {lessons.map((lesson) => (
            <li key={lesson.id}>
              <p className="lesson-text">
                <span className={`badge ${lesson.kind === 'worked' ? 'won' : 'lost'}`}>
                  {lesson.kind === 'worked' ? 'Worked' : 'Hurt'}
                </span>{' '}
                {lesson.text}
              </p>
              {lesson.tagName ? (
                <p className="muted lesson-source">About {lessonTagLabel(lesson.tagKind, lesson.tagName)}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
