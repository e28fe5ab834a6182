import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Lesson } from '../../../../shared/contract/learning';
import { lessonTagLabel, type LessonKind, type LessonTagKind } from '../../../../shared/domain/vocabulary';
import { ApiError } from '../../../../shared/envelope';
import { api } from '../../../api/client';
import { useToasts } from '../../../components/use-toasts';
import { useVocab } from '../../../lib/vocab';
import { useDebrief } from '../use-debrief';

interface Form {
  text: string;
  kind: LessonKind;
  /** `kind:id` of the tag, or '' for none. */
  tag: string;
}
const blank: Form = { text: '', kind: 'hurt', tag: '' };

/**
 * Step 6: what this case taught, each lesson one line that worked or hurt, tagged with what it is about so the
 * review can group them. Each lesson saves as it is added.
 */
export function LessonsStep() {
  const { data, setPendingForm } = useDebrief();
  const vocab = useVocab((s) => s.vocab);
  const [form, setForm] = useState<Form>(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const textRef = useRef<HTMLInputElement>(null);
  const formRef = useRef(form);
  formRef.current = form;

  const caseId = data?.case.id;
  const add = async (): Promise<boolean> => {
    const f = formRef.current;
    if (!caseId) return false;
    const [tagKind, tagId] = f.tag ? (f.tag.split(':') as [LessonTagKind, string]) : [null, null];
    try {
      const lesson = await api.call('lessons.create', { caseId, text: f.text, kind: f.kind, tagKind, tagId });
      setLessons((all) => [...all, lesson]);
      setForm({ ...blank, kind: f.kind });
      setErrors({});
      textRef.current?.focus();
      return true;
    } catch (e) {
      setErrors(e instanceof ApiError && e.fields ? e.fields : { form: (e as Error).message });
      return false;
    }
  };

  // A lesson typed but not yet added is not lost by moving on: leaving the step adds it.
  useEffect(() => {
    setPendingForm(async () => (formRef.current.text.trim() ? add() : true));
    return () => setPendingForm(null);
    // `add` reads the form through a ref, so registering once per case is enough.
  }, [caseId]);
  if (!data) return null;

  async function remove(lesson: Lesson) {
    try {
      await api.call('lessons.delete', { id: lesson.id });
      setLessons((all) => all.filter((l) => l.id !== lesson.id));
      useToasts.getState().show({
        message: 'Lesson deleted',
        action: {
          label: 'Undo',
          run: async () => {
            const back = await api.call('lessons.restore', { id: lesson.id });
            setLessons((all) => [...all, back]);
          },
        },
      });
    } catch (e) {
      useToasts.getState().show({ message: `Could not delete: ${(e as Error).message}` });
    }
  }

  const onEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void add();
    }
  };

  return (
    <div className="step-body">
      <fieldset className="inline-form" data-own-enter>
        <legend>Add a lesson</legend>
        <label className="stacked">
          <span>What did this case teach?</span>
          <input
            ref={textRef}
            className="input"
            value={form.text}
            placeholder="e.g. We sent the proposal before meeting the CFO"
            aria-invalid={errors.text ? true : undefined}
            onChange={(e) => setForm({ ...form, text: e.target.value })}
            onKeyDown={onEnter}
            maxLength={1000}
          />
        </label>
        <div className="inline-form-row">
          <div className="stacked">
            <span id="lesson-kind-label">Effect</span>
            <div role="radiogroup" aria-labelledby="lesson-kind-label" className="segmented">
              {(['worked', 'hurt'] as const).map((k) => (
                <label key={k} className={form.kind === k ? 'on' : undefined}>
                  <input
                    type="radio"
                    name="lesson-kind"
                    checked={form.kind === k}
                    onChange={() => setForm({ ...form, kind: k })}
                  />
                  <span>{k === 'worked' ? 'Worked' : 'Hurt'}</span>
                </label>
              ))}
            </div>
          </div>
          <label className="stacked grow">
            <span>About (optional)</span>
            <select className="input" value={form.tag} onChange={(e) => setForm({ ...form, tag: e.target.value })}>
              <option value="">Nothing in particular</option>
              <optgroup label="Buying criteria">
                {(vocab?.criteria ?? []).map((c) => (
                  <option key={c.id} value={`criterion:${c.id}`}>
                    {lessonTagLabel('criterion', c.name)}
                  </option>
                ))}
              </optgroup>
              <optgroup label="Reasons">
                {(vocab?.reasonCategories ?? []).flatMap((cat) =>
                  cat.reasons.map((r) => (
                    <option key={r.id} value={`reason:${r.id}`}>
                      {lessonTagLabel('reason', r.name)}
                    </option>
                  )),
                )}
              </optgroup>
              <optgroup label="Buyer steps">
                {(vocab?.buyerSteps ?? []).map((s) => (
                  <option key={s.id} value={`buyer_step:${s.id}`}>
                    {lessonTagLabel('buyer_step', s.name)}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
          <button type="button" className="btn" onClick={() => void add()}>
            Add lesson
          </button>
        </div>
        {Object.values(errors)[0] ? (
          <p className="error-text" role="alert">
            {Object.values(errors)[0]}
          </p>
        ) : null}
      </fieldset>
      {data.lessons.length === 0 ? (
        <p className="muted">No lessons yet. One honest line is worth more than a long report.</p>
      ) : (
        <ul className="lesson-list" aria-label="Lessons from this case">
          {data.lessons.map((lesson) => (
            <li key={lesson.id} className="lesson-row">
              <span className={`badge ${lesson.kind === 'worked' ? 'won' : 'lost'}`}>
                {lesson.kind === 'worked' ? 'Worked' : 'Hurt'}
              </span>
              <span className="lesson-text">
                {lesson.text}
                {lesson.tagName ? (
                  <span className="muted"> · {lessonTagLabel(lesson.tagKind, lesson.tagName)}</span>
                ) : null}
              </span>
              <button
                type="button"
                className="btn ghost small"
                onClick={() => void remove(lesson)}
                aria-label={`Delete lesson: ${lesson.text}`}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function setLessons(change: (all: Lesson[]) => Lesson[]): void {
  const { data } = useDebrief.getState();
  if (data) useDebrief.setState({ data: { ...data, lessons: change(data.lessons) } });
}
