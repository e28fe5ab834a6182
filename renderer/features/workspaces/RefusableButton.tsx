/**
 * One button of the Workspace page and, above it, the sentence of its last refusal (a system dialog the host
 * refused, a workshop that could not start): the same banner and the same place on every section.
 */
export function RefusableButton({
  error,
  disabled,
  onPick,
  children,
}: {
  error: string | null | undefined;
  disabled: boolean;
  onPick: () => void;
  children: string;
}) {
  return (
    <>
      {error ? (
        <div className="banner error" role="alert">
          {error}
        </div>
      ) : null}
      <div>
        <button className="btn" disabled={disabled} onClick={onPick}>
          {children}
        </button>
      </div>
    </>
  );
}
