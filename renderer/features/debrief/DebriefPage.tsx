/** Placeholder until this page lands. */
export function DebriefPage(_props: { caseId: string }) {
  return (
    <header className="page-head">
      <h1>Debrief</h1>
    </header>
  );
}
