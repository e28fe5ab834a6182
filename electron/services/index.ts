/**
 * The whole handler map, assembled from one file per domain. A method declared twice, or declared in the
 * contract with no handler, stops start-up instead of failing on first use.
 * Changes with: shared/api.ts.
 */
import { api, type MethodName } from '../../shared/api';
import type { Handlers } from './handler';
import { casesHandlers } from './cases';
import { charterHandlers } from './charter';
import { accountsHandlers } from './accounts';
import { actionsHandlers } from './actions';
import { debriefHandlers } from './debrief';
import { importedReasonsHandlers } from './imported-reasons';
import { importsHandlers } from './imports';
import { interactionsHandlers } from './interactions';
import { jobsHandlers } from './jobs';
import { lessonsHandlers } from './lessons';
import { peopleHandlers, relationshipsHandlers } from './people';
import { powermapHandlers } from './powermap';
import { caseRoleHandlers, linksHandlers } from './powermap-links';
import { competitorsHandlers, teamHandlers } from './reference';
import { reasonsHandlers, vocabHandlers } from './reference-vocab';
import { ratesHandlers } from './rates';
import { reviewHandlers } from '../review/service';
import { searchHandlers } from './search';
import { settingsHandlers, setupHandlers } from './settings';
import { sampleHandlers, workspaceHandlers } from './sample';
import { sharingHandlers } from './sharing';
import { backupsHandlers } from './backups';
import { systemHandlers } from './system';
import { todayHandlers } from './today';
import { teamFolderHandlers } from './team-folder';
import { trashHandlers } from './trash';
import { workspacesHandlers } from './workspaces';

const domains: Record<string, Partial<Handlers>> = {
  system: systemHandlers,
  cases: casesHandlers,
  vocab: vocabHandlers,
  reasons: reasonsHandlers,
  team: teamHandlers,
  accounts: accountsHandlers,
  competitors: competitorsHandlers,
  settings: settingsHandlers,
  setup: setupHandlers,
  debrief: debriefHandlers,
  people: { ...peopleHandlers, ...caseRoleHandlers },
  relationships: relationshipsHandlers,
  powermap: powermapHandlers,
  links: linksHandlers,
  interactions: interactionsHandlers,
  lessons: lessonsHandlers,
  actions: actionsHandlers,
  review: reviewHandlers,
  sample: sampleHandlers,
  workspace: workspaceHandlers,
  trash: trashHandlers,
  sharing: sharingHandlers,
  backups: backupsHandlers,
  jobs: jobsHandlers,
  search: searchHandlers,
  today: todayHandlers,
  imports: { ...importsHandlers, ...importedReasonsHandlers },
  charter: charterHandlers,
  rates: ratesHandlers,
  workspaces: workspacesHandlers,
  teamfolder: teamFolderHandlers,
};

export function combineHandlers(maps: Record<string, Partial<Handlers>>): Handlers {
  const combined: Partial<Record<MethodName, unknown>> = {};
  for (const [domain, map] of Object.entries(maps)) {
    for (const [name, handler] of Object.entries(map)) {
      if (Object.hasOwn(combined, name)) throw new Error(`API method ${name} is handled twice (again in ${domain}).`);
      combined[name as MethodName] = handler;
    }
  }
  const missing = Object.keys(api).filter((name) => !Object.hasOwn(combined, name));
  if (missing.length > 0) throw new Error(`API methods without a handler: ${missing.join(', ')}`);
  return combined as Handlers;
}

export const handlers: Handlers = combineHandlers(domains);
