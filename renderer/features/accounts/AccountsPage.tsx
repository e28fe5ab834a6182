/** Placeholder until this page lands. */
export function AccountsPage() {
  return (
    <header className="page-head">
      <h1>Accounts</h1>
    </header>
  );
}
