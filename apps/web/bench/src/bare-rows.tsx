// The floor for the designer benchmark: no designer, no antd, no dnd-kit — 300 memoized rows drawn from
// a reducer, a label box that edits the selected row, and a keyboard move (Space, arrows, Space) with a
// document listener as dnd-kit's keyboard sensor has. What React alone costs for the same interactions.
import { memo, useEffect, useReducer, type Dispatch } from 'react';

interface Row {
  key: string;
  label: string;
}

interface State {
  rows: Row[];
  selected: string | null;
  picked: string | null;
}

type Action =
  | { type: 'select'; key: string }
  | { type: 'label'; label: string }
  | { type: 'pick'; key: string | null }
  | { type: 'move'; by: 1 | -1 };

function reducer(s: State, a: Action): State {
  switch (a.type) {
    case 'select':
      return s.selected === a.key ? s : { ...s, selected: a.key };
    case 'label':
      return { ...s, rows: s.rows.map((r) => (r.key === s.selected ? { ...r, label: a.label } : r)) };
    case 'pick':
      return { ...s, picked: a.key };
    case 'move': {
      const from = s.rows.findIndex((r) => r.key === s.picked);
      const to = from + a.by;
      if (from < 0 || to < 0 || to >= s.rows.length) return s;
      const rows = [...s.rows];
      const [row] = rows.splice(from, 1);
      if (row) rows.splice(to, 0, row);
      return { ...s, rows };
    }
  }
}

const BareRow = memo(function BareRow(p: {
  row: Row;
  selected: boolean;
  picked: boolean;
  send: Dispatch<Action>;
}) {
  return (
    <div
      className={`fd-row${p.selected ? ' fd-selected' : ''}${p.picked ? ' fd-dragging' : ''}`}
      data-testid={`canvas-field-${p.row.key}`}
      onClick={() => p.send({ type: 'select', key: p.row.key })}
    >
      <div className="fd-row-head">
        <button
          type="button"
          className="fd-handle"
          onKeyDown={(e) => {
            if (e.code !== 'Space' || p.picked) return;
            e.preventDefault();
            p.send({ type: 'pick', key: p.row.key });
          }}
        >
          ⠿
        </button>
        <button type="button" className="fd-row-title">
          <span className="fd-row-label">{p.row.label}</span>
        </button>
      </div>
      <div className="fd-row-body">
        <span className="fd-look" />
      </div>
    </div>
  );
});

export function BareRows({ labels }: { labels: { key: string; label: string }[] }) {
  const [s, send] = useReducer(reducer, { rows: labels, selected: null, picked: null });
  const picked = s.picked;
  useEffect(() => {
    if (picked === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.code === 'ArrowDown' || e.code === 'ArrowUp')
        send({ type: 'move', by: e.code === 'ArrowDown' ? 1 : -1 });
      else if (e.code === 'Space' || e.code === 'Enter') send({ type: 'pick', key: null });
      else return;
      e.preventDefault();
    };
    // after the Space that picked up has finished bubbling, as dnd-kit's sensor waits too
    const timer = setTimeout(() => document.addEventListener('keydown', onKey));
    return () => {
      clearTimeout(timer);
      document.removeEventListener('keydown', onKey);
    };
  }, [picked]);
  const selected = s.rows.find((r) => r.key === s.selected);
  return (
    <div className="fd-panes">
      <main className="fd-canvas">
        <div className="fd-rows" data-testid="designer-canvas">
          {s.rows.map((r) => (
            <BareRow
              key={r.key}
              row={r}
              selected={r.key === s.selected}
              picked={r.key === picked}
              send={send}
            />
          ))}
        </div>
      </main>
      <aside className="fd-side">
        <input
          data-testid="prop-label-zh"
          value={selected?.label ?? ''}
          onChange={(e) => send({ type: 'label', label: e.target.value })}
        />
      </aside>
    </div>
  );
}
