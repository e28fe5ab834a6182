import type { ConnectorKind } from '../../../shared/powermap/route-types';

/** People outside the account who can open a door into it. */
export const connectorKindLabels: Record<ConnectorKind, string> = {
  partner: 'Partner',
  consultant: 'Consultant',
  former_colleague: 'Former colleague',
};
