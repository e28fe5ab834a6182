/** Placeholder until this page lands. */
export function ActionsPage() {
  return (
    <header className="page-head">
      <h1>Actions</h1>
    </header>
  );
}
