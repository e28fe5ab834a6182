/** Placeholder until this page lands. */
export function CaseDetailPage(_props: { caseId: string }) {
  return (
    <header className="page-head">
      <h1>Case</h1>
    </header>
  );
}
