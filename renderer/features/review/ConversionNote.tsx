import type { Conversion } from '../../../shared/contract/rates';
import { conversionNote } from '../../../shared/rates';

/**
 * Under a value figure: which rates converted other currencies into the home one, and which cases had none
 * (left out of the figure, so said where the figure is, not only in Settings). Nothing when every case is in
 * the home currency.
 */
export function ConversionNote({ conversion, what }: { conversion: Conversion; what: string }) {
  if (!conversion.sentence) return null;
  const missing = conversion.missing.length > 0;
  return (
    <p className={`conversion-note${missing ? ' missing' : ' muted'}`} data-testid="conversion-note">
      {conversionNote(what, conversion)}
    </p>
  );
}
