import { createApiClient } from '../../shared/client';
import { defaultTransport } from './transport';

/** The one client the renderer uses; typed against shared/api.ts. */
export const api = createApiClient(defaultTransport());
