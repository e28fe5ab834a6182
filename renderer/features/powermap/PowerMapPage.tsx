/** Placeholder until this page lands. */
export function PowerMapPage(_props: { accountId: string }) {
  return (
    <header className="page-head">
      <h1>Power map</h1>
    </header>
  );
}
