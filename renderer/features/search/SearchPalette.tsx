import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { SearchHit, SearchKind } from '../../../shared/contract/search';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import '../../styles/search.css';

const kindLabels: Record<SearchKind, string> = {
  case: 'Case',
  account: 'Account',
  person: 'Person',
  lesson: 'Lesson',
  action: 'Action',
};

const TYPING_PAUSE_MS = 60;

/**
 * Find anything (Ctrl+K, or / on a list): every word typed must start a word of the hit; cases, accounts,
 * people, lessons and actions in one ranked list, each with its kind. ↑/↓ choose, Enter opens, Esc closes.
 */
export function SearchPalette(props: { open: boolean; onClose: () => void }) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [searched, setSearched] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const asked = useRef(0);
  const [, navigate] = useLocation();

  useEffect(() => {
    if (props.open) {
      setText('');
      setHits([]);
      setSearched('');
      setActive(0);
    }
  }, [props.open]);

  useEffect(() => {
    const mine = ++asked.current;
    if (!text.trim()) {
      setHits([]);
      setSearched('');
      return;
    }
    const timer = setTimeout(() => {
      api.call('search.query', { text, limit: 20 }).then(
        (found) => {
          if (mine !== asked.current) return;
          setHits(found.hits);
          setSearched(text);
          setActive(0);
          setError(null);
        },
        (e: unknown) => mine === asked.current && setError((e as Error).message),
      );
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const open = (hit: SearchHit | undefined) => {
    if (!hit) return;
    props.onClose();
    navigate(hit.href);
  };

  return (
    <Dialog open={props.open} onOpenChange={(o) => (o ? undefined : props.onClose())} title="Find anything">
      <div className="search-palette">
        <input
          autoFocus
          className="input search-input"
          type="search"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="search-hits"
          aria-activedescendant={hits[active] ? `hit-${active}` : undefined}
          aria-label="Find cases, accounts, people, lessons and actions"
          placeholder="Cases, accounts, people, lessons, actions…"
          value={text}
          maxLength={200}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
            else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
            else if (e.key === 'Enter') open(hits[active]);
            else return;
            e.preventDefault();
          }}
        />
        {error ? (
          <p className="error" role="alert">
            Could not search: {error}
          </p>
        ) : null}
        <ul id="search-hits" role="listbox" aria-label="Matches" className="search-hits">
          {hits.map((hit, i) => (
            <li
              key={`${hit.kind}-${hit.id}`}
              id={`hit-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseMove={() => setActive(i)}
              onClick={() => open(hit)}
            >
              <span className={`badge search-kind ${hit.kind}`}>{kindLabels[hit.kind]}</span>
              <span className="search-label">{hit.label}</span>
              <span className="muted search-context">{hit.context}</span>
            </li>
          ))}
        </ul>
        <p className="muted search-status" role="status">
          {searched && hits.length === 0 ? `Nothing found for “${searched}”` : ''}
        </p>
        <p className="hint">
          <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close
        </p>
      </div>
    </Dialog>
  );
}
